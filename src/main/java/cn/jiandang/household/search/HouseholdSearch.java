package cn.jiandang.household.search;

import cn.jiandang.common.BusinessException;
import cn.jiandang.household.HouseholdService;
import cn.jiandang.household.HouseholdSummary;
import cn.jiandang.household.IdNumber;
import cn.jiandang.household.internal.Member;
import cn.jiandang.household.internal.MemberRepository;
import cn.jiandang.household.internal.RegistryRules;
import cn.jiandang.region.RegionCode;
import cn.jiandang.region.RegionService;
import cn.jiandang.security.Masking;
import cn.jiandang.security.RegionAccess;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Household search for the list page and {@code GET /api/v1/households}: pages by key in (village_code, id) order,
 * each page one index range whatever the region's size; a total only when asked, and then capped.
 */
@Service
@Transactional(readOnly = true)
public class HouseholdSearch {

    public static final int MAX_PAGE_SIZE = 200;

    /** Digits (and a final X): meant as an ID number, never as a name. */
    private static final Pattern NUMBER_LIKE = Pattern.compile("[0-9]+[0-9Xx]?");

    private static final int NAME_LENGTH = 50;

    private final NamedParameterJdbcTemplate jdbc;
    private final HouseholdService households;
    private final MemberRepository members;
    private final RegionService regions;
    private final RegionAccess access;

    HouseholdSearch(
            NamedParameterJdbcTemplate jdbc,
            HouseholdService households,
            MemberRepository members,
            RegionService regions,
            RegionAccess access) {
        this.jdbc = jdbc;
        this.households = households;
        this.members = members;
        this.regions = regions;
        this.access = access;
    }

    /** One page of the query's households after {@code after} (null: the first page), at most {@code size} rows. */
    public SearchPage page(HouseholdQuery query, SearchCursor after, int size) {
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw BusinessException.invalidField("size", "每页条数须在1到" + MAX_PAGE_SIZE + "之间");
        }
        SearchSql sql = sql(query);
        String statement = sql.page(after, size);
        List<Object[]> rows =
                jdbc.query(statement, sql.params(), (rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)});
        boolean more = rows.size() > size;
        List<Object[]> shown = more ? rows.subList(0, size) : rows;
        List<Long> ids = shown.stream().map(r -> (Long) r[0]).toList();
        Map<Long, HouseholdSummary> byId = households.summaries(ids);
        List<HouseholdSummary> ordered = new ArrayList<>(ids.size());
        ids.stream().map(byId::get).filter(Objects::nonNull).forEach(ordered::add);
        Object[] last = shown.isEmpty() ? null : shown.get(shown.size() - 1);
        return new SearchPage(ordered, more ? new SearchCursor((String) last[1], (Long) last[0]) : null);
    }

    /** How many households the query finds, counting at most {@code cap} + 1 of them. */
    public SearchTotal count(HouseholdQuery query, int cap) {
        SearchSql sql = sql(query);
        Long n = jdbc.queryForObject(sql.cappedCount(cap), sql.params(), Long.class);
        long count = n == null ? 0 : n;
        return count > cap ? new SearchTotal(cap, true) : new SearchTotal(count, false);
    }

    /**
     * Who has this ID number and in which household, within the caller's region; empty when nobody there has it
     * (a person of another region is answered like an unknown one). An invalid number is refused for {@code field}.
     */
    public Optional<PersonHit> person(String field, String idNumber) {
        IdNumber id = RegistryRules.idNumber(field, idNumber == null ? null : idNumber.strip());
        return members.findByIdNumber(id.value())
                .filter(m -> access.mayRead(RegionCode.of(m.household().villageCode())))
                .map(this::hit);
    }

    private PersonHit hit(Member m) {
        RegionCode village = RegionCode.of(m.household().villageCode());
        return new PersonHit(
                m.household().id(),
                m.id(),
                m.name(),
                Masking.idNumber(m.idNumber()),
                m.relation(),
                m.departed(),
                village,
                regions.path(village),
                m.household().category());
    }

    /** Checks the scope and reads the text: a full ID number (checked, GB 11643) or a name prefix. */
    private SearchSql sql(HouseholdQuery query) {
        access.checkRead(query.scope());
        String text = query.text() == null ? "" : query.text().strip();
        if (text.isEmpty()) {
            return SearchSql.of(query, null, null);
        }
        if (NUMBER_LIKE.matcher(text).matches()) {
            if (text.length() != 18) {
                throw BusinessException.invalidField("q", "按身份证号码查找须输入完整的18位号码（现为 " + text.length() + " 位）");
            }
            return SearchSql.of(query, RegistryRules.idNumber("q", text), null);
        }
        if (text.length() > NAME_LENGTH) {
            throw BusinessException.invalidField("q", "姓名最多" + NAME_LENGTH + "个字");
        }
        return SearchSql.of(query, null, text);
    }
}

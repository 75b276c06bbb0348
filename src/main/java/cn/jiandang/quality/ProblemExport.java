package cn.jiandang.quality;

import cn.jiandang.exchange.XlsxExport;
import cn.jiandang.region.RegionCode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;

/**
 * A run's problem list in the caller's region as XLSX: read by pages of the problem id and streamed, audited; heads'
 * ID numbers as the list shows them (masked unless the caller may see them in full).
 */
@Service
public class ProblemExport {

    private static final int PAGE = 1000;

    private final QualityService quality;
    private final XlsxExport xlsx;

    ProblemExport(QualityService quality, XlsxExport xlsx) {
        this.quality = quality;
        this.xlsx = xlsx;
    }

    /** {@code headers}: rule, description, county, village, head, head's ID, problem, state. Returns rows written. */
    @Transactional
    public int write(long runId, RegionCode scope, List<String> headers, Labels labels, OutputStream out) {
        return xlsx.write(
                "QualityProblemList",
                scope,
                headers,
                rows -> {
                    long after = 0;
                    List<ProblemView> page;
                    do {
                        page = quality.problems(runId, scope, null, after, PAGE);
                        for (ProblemView p : page) {
                            rows.add(Arrays.asList(
                                    p.ruleCode(),
                                    labels.rule(p.rule()),
                                    p.countyCode(),
                                    p.villageCode(),
                                    p.headName(),
                                    p.headIdNumber(),
                                    p.message(),
                                    labels.state(p)));
                            after = p.id();
                        }
                    } while (page.size() == PAGE);
                },
                out);
    }

    /** The words of the officer's language for a rule and a problem's state. */
    public interface Labels {
        String rule(QualityRule rule);

        String state(ProblemView problem);
    }
}

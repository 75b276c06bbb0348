package cn.jiandang.publicnotice;

import cn.jiandang.common.BusinessException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * The anonymous, read-only board (and the one form on it) as plain Spring MVC with server-side HTML: no Vaadin
 * session, no cookie, no script. {@code SecurityConfig}'s public chain lets only these through without a login.
 */
@Controller
class PublicNoticeController {

    static final String VILLAGE = "/public/notices/{village:\\d{12}}";
    private static final MediaType HTML = MediaType.parseMediaType("text/html;charset=UTF-8");

    private final PublicNoticeBoard board;
    private final PublicPages pages;
    private final HumanCheck check;
    private final OnlineObjections objections;
    private final NoticePeriods periods;
    private final NoticeBoardPdf pdf;

    PublicNoticeController(
            PublicNoticeBoard board,
            PublicPages pages,
            HumanCheck check,
            OnlineObjections objections,
            NoticePeriods periods,
            NoticeBoardPdf pdf) {
        this.board = board;
        this.pages = pages;
        this.check = check;
        this.objections = objections;
        this.periods = periods;
        this.pdf = pdf;
    }

    @GetMapping(VILLAGE)
    ResponseEntity<String> board(@PathVariable String village, HttpServletRequest request) {
        return html(HttpStatus.OK, pages.board(request.getContextPath(), board.board(village)), Duration.ofMinutes(1));
    }

    @GetMapping(VILLAGE + "/{id:\\d{1,18}}")
    ResponseEntity<String> notice(@PathVariable String village, @PathVariable long id, HttpServletRequest request) {
        BoardItem item = board.item(village, id);
        PublicPages.FormState form = open(item) ? blank(id, Map.of(), Map.of(), null) : null;
        return page(HttpStatus.OK, request, village, item, form);
    }

    @PostMapping(VILLAGE + "/{id:\\d{1,18}}/objections")
    ResponseEntity<String> object(
            @PathVariable String village,
            @PathVariable long id,
            @RequestParam Map<String, String> params,
            HttpServletRequest request) {
        BoardItem item = board.item(village, id);
        Map<String, String> values = new HashMap<>();
        for (String field : new String[] {"name", "phone", "content"}) {
            values.put(field, params.getOrDefault(field, ""));
        }
        ObjectionForm form = new ObjectionForm(
                values.get("name"),
                values.get("phone"),
                values.get("content"),
                params.get("answer"),
                params.get("check"));
        try {
            long objectionId = objections.raise(village, id, form, request.getRemoteAddr());
            PublicPages.FormState done = new PublicPages.FormState(null, values, Map.of(), null, objectionId);
            return page(HttpStatus.OK, request, village, item, done);
        } catch (RateLimited e) {
            return page(
                    HttpStatus.TOO_MANY_REQUESTS, request, village, item, blank(id, values, Map.of(), e.getMessage()));
        } catch (BusinessException e) {
            if (e.kind() == BusinessException.Kind.NOT_FOUND) {
                throw e;
            }
            PublicPages.FormState again = open(item) ? blank(id, values, e.fieldErrors(), e.getMessage()) : null;
            return page(HttpStatus.valueOf(e.kind().status()), request, village, item, again);
        }
    }

    @GetMapping(VILLAGE + "/board.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String village) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(1)))
                .header("Content-Disposition", "inline; filename=\"notices-" + village + ".pdf\"")
                .body(pdf.render(board.board(village)));
    }

    @ExceptionHandler(BusinessException.class)
    ResponseEntity<String> notFound(BusinessException e, HttpServletRequest request) {
        HttpStatus status = HttpStatus.valueOf(e.kind().status());
        return html(status, pages.error(request.getContextPath(), e.getMessage()), Duration.ZERO);
    }

    private boolean open(BoardItem item) {
        // the calendar first: the engine is asked only while the period runs
        return item.source().takesObjections()
                && item.running()
                && periods.objectionsOpen(item.source(), board.caseOf(item.id()));
    }

    private PublicPages.FormState blank(
            long id, Map<String, String> values, Map<String, String> errors, String message) {
        return new PublicPages.FormState(check.question(id), values, errors, message, null);
    }

    private ResponseEntity<String> page(
            HttpStatus status, HttpServletRequest request, String village, BoardItem item, PublicPages.FormState form) {
        String html = pages.notice(request.getContextPath(), village, board.villageName(village), item, form);
        return html(status, html, Duration.ZERO);
    }

    private static ResponseEntity<String> html(HttpStatus status, String body, Duration maxAge) {
        return ResponseEntity.status(status)
                .contentType(HTML)
                .cacheControl(
                        maxAge.isZero()
                                ? CacheControl.noStore()
                                : CacheControl.maxAge(maxAge).cachePublic())
                .header(
                        "Content-Security-Policy",
                        "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none';"
                                + " frame-ancestors 'none'")
                .body(body);
    }
}

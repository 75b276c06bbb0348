package cn.jiandang.publicnotice;

import org.springframework.stereotype.Component;

import java.util.Map;

/** The public board's pages in Chinese: the village's list, one notice with its objection form, and errors. */
@Component
class PublicPages {

    String board(String base, Board board) {
        Html h = Html.page(base, board.villageName() + "公示公告");
        h.raw("<header>").el("h1", null, board.villageName() + "公示公告").el("p", "place", board.place());
        h.raw("</header><main>");
        if (board.items().isEmpty()) {
            h.el("p", "empty", "目前没有公示或公告。");
        } else {
            h.raw("<ul class=\"notices\">");
            for (BoardItem item : board.items()) {
                h.raw("<li>");
                h.link(noticePath(board.villageCode(), item.id()), "notice", title(item));
                h.el("span", item.running() ? "running" : "ended", period(item));
                h.raw("</li>");
            }
            h.raw("</ul>");
        }
        h.raw("</main><footer>");
        h.link("/public/notices/" + board.villageCode() + "/board.pdf", null, "打印版公示栏（A4 PDF）");
        h.el("p", null, "公示内容只含户主姓名、类别及原因或退出情况，不公开身份证号码和电话号码。");
        return h.raw("</footer>").end();
    }

    /**
     * One notice; {@code form} is the objection form's state when objections are open (null when not), with the
     * values entered and the errors by field.
     */
    String notice(String base, String villageCode, String villageName, BoardItem item, FormState form) {
        Html h = Html.page(base, villageName + item.source().kind() + "：" + item.headName());
        h.raw("<header>").link("/public/notices/" + villageCode, "back", "‹ " + villageName + "公示公告");
        h.el("h1", null, item.source().title()).raw("</header><main><dl class=\"notice\">");
        h.el("dt", null, item.source() == NoticeSource.VILLAGE_EXIT ? "村" : "户主")
                .el("dd", "head", item.headName());
        h.el("dt", null, "类别").el("dd", null, item.category());
        h.el("dt", null, item.factorLabel()).el("dd", null, item.factors());
        h.el("dt", null, item.source().kind() + "期").el("dd", item.running() ? "running" : "ended", period(item));
        h.raw("</dl>");
        if (form == null) {
            h.el("p", "closed", closed(item.source()));
        } else if (form.objectionId() != null) {
            h.el("p", "done", "您的异议已提交（编号 " + form.objectionId() + "），乡镇人民政府将核查处理。");
        } else {
            objectionForm(h, villageCode, item, form);
        }
        return h.raw("</main>").end();
    }

    String error(String base, String message) {
        return Html.page(base, "公示公告")
                .raw("<main>")
                .el("p", "error", message)
                .raw("</main>")
                .end();
    }

    private void objectionForm(Html h, String villageCode, BoardItem item, FormState f) {
        h.raw("<form method=\"post\" action=\"")
                .text(h.base() + noticePath(villageCode, item.id()) + "/objections")
                .raw("\"><h2>提出异议</h2>");
        if (f.message() != null) {
            h.el("p", "error", f.message());
        }
        field(h, f, "name", "姓名", "<input id=\"name\" name=\"name\" maxlength=\"50\" autocomplete=\"name\" value=\"");
        field(h, f, "phone", "联系电话", "<input id=\"phone\" name=\"phone\" type=\"tel\" maxlength=\"20\" value=\"");
        h.raw("<label for=\"content\">异议内容</label>");
        error(h, f.errors(), "content");
        h.raw("<textarea id=\"content\" name=\"content\" maxlength=\"1000\" rows=\"5\">")
                .text(f.values().get("content"))
                .raw("</textarea>");
        h.raw("<label for=\"answer\">验证题：").text(f.question().text()).raw("</label>");
        error(h, f.errors(), "answer");
        h.raw("<input id=\"answer\" name=\"answer\" inputmode=\"numeric\" maxlength=\"3\" autocomplete=\"off\">");
        h.raw("<input type=\"hidden\" name=\"check\" value=\"")
                .text(f.question().token())
                .raw("\">");
        h.raw("<button id=\"submit\" type=\"submit\">提交异议</button>");
        h.el("p", "hint", "请如实填写姓名和电话（手机号或带区号的固定电话），以便乡镇核查时与您联系；电话不会公开。");
        h.raw("</form>");
    }

    private static void field(Html h, FormState f, String name, String label, String input) {
        h.raw("<label for=\"" + name + "\">").text(label).raw("</label>");
        error(h, f.errors(), name);
        h.raw(input).text(f.values().get(name)).raw("\">");
    }

    private static void error(Html h, Map<String, String> errors, String field) {
        if (errors.containsKey(field)) {
            h.el("span", "field-error", errors.get(field));
        }
    }

    static String noticePath(String villageCode, long id) {
        return "/public/notices/" + villageCode + "/" + id;
    }

    static String title(BoardItem item) {
        return item.source().title() + "："
                + switch (item.source()) {
                    case YEAR_END_EXIT -> item.headName() + "户（" + item.category() + "）" + item.factors();
                    case VILLAGE_EXIT -> item.headName() + item.factors();
                    default ->
                        item.headName() + "户" + (item.source().takesObjections() ? "拟识别为" : "识别为") + item.category();
                };
    }

    private static String closed(NoticeSource source) {
        return source.takesObjections() ? "公示期外不受理网上异议。" : "公告不受理网上异议。";
    }

    static String period(BoardItem item) {
        return item.from() + " 至 " + item.to()
                + (item.running() ? "（" + item.source().kind() + "中）" : "（已结束）");
    }

    /** The objection form: the question, the values entered, the errors by field, a message, or the stored id. */
    record FormState(
            HumanCheck.Question question,
            Map<String, String> values,
            Map<String, String> errors,
            String message,
            Long objectionId) {}
}

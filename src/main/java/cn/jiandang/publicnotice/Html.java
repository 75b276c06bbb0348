package cn.jiandang.publicnotice;

import org.springframework.web.util.HtmlUtils;

/**
 * The frame of every public page: plain server-side HTML with one small stylesheet and no script, so a phone on a
 * slow link gets the whole page in one response. Every value written through {@link #text} is HTML-escaped.
 */
final class Html {

    private final StringBuilder out = new StringBuilder(4096);
    private final String base;

    private Html(String base) {
        this.base = base;
    }

    /** A page titled {@code title}; {@code base} is the servlet context path. */
    static Html page(String base, String title) {
        Html h = new Html(base);
        h.raw("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">")
                .raw("<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">")
                .raw("<meta name=\"robots\" content=\"noindex\"><title>")
                .text(title)
                .raw("</title><link rel=\"stylesheet\" href=\"")
                .text(base + "/public/notices.css")
                .raw("\"></head><body>");
        return h;
    }

    Html raw(String html) {
        out.append(html);
        return this;
    }

    Html text(Object value) {
        out.append(HtmlUtils.htmlEscape(value == null ? "" : String.valueOf(value), "UTF-8"));
        return this;
    }

    /** {@code <tag class="css">text</tag>} */
    Html el(String tag, String css, Object value) {
        out.append('<').append(tag);
        if (css != null) {
            out.append(" class=\"").append(css).append('"');
        }
        out.append('>');
        text(value);
        out.append("</").append(tag).append('>');
        return this;
    }

    /** A link inside the app: {@code path} starts with /public/. */
    Html link(String path, String css, Object label) {
        out.append("<a");
        if (css != null) {
            out.append(" class=\"").append(css).append('"');
        }
        out.append(" href=\"");
        text(base + path);
        out.append("\">");
        text(label);
        out.append("</a>");
        return this;
    }

    String base() {
        return base;
    }

    String end() {
        return out.append("</body></html>").toString();
    }
}

package cn.jiandang.identification.ui;

import cn.jiandang.base.Texts;
import cn.jiandang.identification.ObjectionView;
import com.vaadin.flow.component.html.Paragraph;

/** What the township reads of an objection: where it came from, and what it says. */
final class ObjectionTexts {

    private ObjectionTexts() {}

    /** An online objection names its raiser (not an officer) and a phone to reach them, masked as everywhere. */
    static Paragraph source(ObjectionView o) {
        Paragraph source = Texts.labelled(
                "identification.objection.source",
                Texts.of(o.channel())
                        + (o.raiserName() == null ? "" : "（" + o.raiserName() + "，" + o.raiserPhoneMasked() + "）"));
        source.setId("objection-source");
        return source;
    }

    static Paragraph content(ObjectionView o) {
        Paragraph content = Texts.labelled("identification.objection.content", o.content());
        content.setId("objection-content");
        return content;
    }
}

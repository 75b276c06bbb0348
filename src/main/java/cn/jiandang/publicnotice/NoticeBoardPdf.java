package cn.jiandang.publicnotice;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.lowagie.text.BadElementException;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.util.Map;

/**
 * The village's printable board: an A4 page (more if needed) of the notices shown now, and a QR code to the board's
 * public URL, drawn as vector squares. Chinese needs a CJK font, embedded (subset) from the file
 * {@code jiandang.public.pdf-font} (default: Noto Sans CJK SC of Debian's fonts-noto-cjk), or {@code STSong-Light},
 * Adobe's font the PDF viewer supplies; a missing font fails with a message naming the setting.
 */
@Component
class NoticeBoardPdf {

    private final PublicSettings settings;
    private volatile BaseFont font;

    NoticeBoardPdf(PublicSettings settings) {
        this.settings = settings;
    }

    byte[] render(Board board) {
        BaseFont base = font();
        Font title = new Font(base, 20, Font.BOLD);
        Font body = new Font(base, 11);
        Font small = new Font(base, 9);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 48, 48);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.addTitle(board.villageName() + "公示公告");
        document.open();
        Paragraph heading = new Paragraph(board.villageName() + "公示公告", title);
        heading.setAlignment(Element.ALIGN_CENTER);
        document.add(heading);
        Paragraph place = new Paragraph(board.place(), small);
        place.setAlignment(Element.ALIGN_CENTER);
        place.setSpacingAfter(12);
        document.add(place);
        document.add(table(board, body));
        document.add(new Paragraph("公示内容只含户主姓名、识别类别及原因。如有异议，请于公示期内向村委会或乡镇人民政府反映，或扫描下方二维码在网上提出。", small));
        String url = settings.baseUrl() + "/public/notices/" + board.villageCode();
        Image qr = qr(writer.getDirectContent(), url);
        qr.setAlignment(Element.ALIGN_CENTER);
        qr.setSpacingBefore(16);
        document.add(qr);
        Paragraph link = new Paragraph(url, small);
        link.setAlignment(Element.ALIGN_CENTER);
        document.add(link);
        document.close();
        return out.toByteArray();
    }

    private static PdfPTable table(Board board, Font font) {
        PdfPTable table = new PdfPTable(new float[] {1.2f, 1.2f, 1.2f, 2.4f, 2.2f});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String h : new String[] {"事项", "户主", "类别", "原因或风险", "期限"}) {
            table.addCell(new Paragraph(h, font));
        }
        for (BoardItem item : board.items()) {
            table.addCell(new Paragraph(item.source().title(), font));
            table.addCell(new Paragraph(item.headName(), font));
            table.addCell(new Paragraph(item.category(), font));
            table.addCell(new Paragraph(item.factorLabel() + "：" + item.factors(), font));
            table.addCell(new Paragraph(PublicPages.period(item), font));
        }
        if (board.items().isEmpty()) {
            table.addCell(new Paragraph("目前没有公示或公告", font));
            table.completeRow();
        }
        return table;
    }

    private static Image qr(PdfContentByte canvas, String url) {
        try {
            BitMatrix m = new QRCodeWriter()
                    .encode(
                            url,
                            BarcodeFormat.QR_CODE,
                            0,
                            0,
                            Map.of(EncodeHintType.MARGIN, 2, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M));
            float cell = 120f / m.getWidth();
            PdfTemplate t = canvas.createTemplate(m.getWidth() * cell, m.getHeight() * cell);
            for (int y = 0; y < m.getHeight(); y++) {
                for (int x = 0; x < m.getWidth(); x++) {
                    if (m.get(x, y)) {
                        t.rectangle(x * cell, (m.getHeight() - 1 - y) * cell, cell, cell);
                    }
                }
            }
            t.fill();
            return Image.getInstance(t);
        } catch (WriterException | BadElementException e) {
            throw new IllegalStateException("二维码生成失败：" + url, e);
        }
    }

    private BaseFont font() {
        BaseFont f = font;
        if (f == null) {
            f = load(settings.pdfFont());
            font = f;
        }
        return f;
    }

    static BaseFont load(String setting) {
        try {
            if ("STSong-Light".equals(setting)) {
                return BaseFont.createFont("STSong-Light", "UniGB-UCS2-H", BaseFont.NOT_EMBEDDED);
            }
            String file = setting.replaceFirst(",\\d+$", "");
            if (!new File(file).isFile()) {
                throw new IllegalStateException(missing(setting));
            }
            return BaseFont.createFont(setting, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        } catch (IOException | RuntimeException e) {
            if (e instanceof IllegalStateException ise && ise.getMessage().startsWith("PDF")) {
                throw ise;
            }
            throw new IllegalStateException(missing(setting), e);
        }
    }

    private static String missing(String setting) {
        return "PDF 所需的中文字体不可用：" + setting
                + "。请安装 fonts-noto-cjk，或以 jiandang.public.pdf-font 指定一个 CJK 字体文件（.ttf/.otf/.ttc,序号），或设为 STSong-Light";
    }
}

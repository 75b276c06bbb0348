package cn.jiandang.publicnotice;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * Settings of the public board ({@code jiandang.public.*}): the base URL printed as the QR code, how long a notice
 * stays on the board after its period, the human check's key and time window, the rate limits of objections and the
 * PDF's CJK font.
 */
@Component
class PublicSettings {

    private final String baseUrl;
    private final int retentionDays;
    private final String checkKey;
    private final Duration checkWindow;
    private final int perIp;
    private final Duration ipWindow;
    private final int perPhone;
    private final Duration phoneWindow;
    private final String pdfFont;

    PublicSettings(
            @Value("${jiandang.public.base-url:http://localhost:8080}") String baseUrl,
            @Value("${jiandang.public.retention-days:7}") int retentionDays,
            @Value("${jiandang.public.check-key:jiandang-dev-public-check-key}") String checkKey,
            @Value("${jiandang.public.check-window:PT30M}") Duration checkWindow,
            @Value("${jiandang.public.objections-per-ip:5}") int perIp,
            @Value("${jiandang.public.ip-window:PT1H}") Duration ipWindow,
            @Value("${jiandang.public.objections-per-phone:3}") int perPhone,
            @Value("${jiandang.public.phone-window:P1D}") Duration phoneWindow,
            @Value("${jiandang.public.pdf-font:/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc,2}")
                    String pdfFont) {
        if (retentionDays < 0) {
            throw new IllegalStateException("jiandang.public.retention-days must be 0 or more, not " + retentionDays);
        }
        if (checkKey.length() < 16) {
            throw new IllegalStateException("jiandang.public.check-key must have at least 16 characters");
        }
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.retentionDays = retentionDays;
        this.checkKey = checkKey;
        this.checkWindow = checkWindow;
        this.perIp = perIp;
        this.ipWindow = ipWindow;
        this.perPhone = perPhone;
        this.phoneWindow = phoneWindow;
        this.pdfFont = pdfFont;
    }

    String baseUrl() {
        return baseUrl;
    }

    int retentionDays() {
        return retentionDays;
    }

    String checkKey() {
        return checkKey;
    }

    Duration checkWindow() {
        return checkWindow;
    }

    int perIp() {
        return perIp;
    }

    Duration ipWindow() {
        return ipWindow;
    }

    int perPhone() {
        return perPhone;
    }

    Duration phoneWindow() {
        return phoneWindow;
    }

    String pdfFont() {
        return pdfFont;
    }
}

package io.intervu.report.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.List;

@ConfigMapping(prefix = "intervu.report")
public interface ReportConfig {

    /**
     * Font files (TrueType .ttf/.ttc) tried, in order, for characters the bundled DejaVu Sans lacks
     * (CJK above all). Missing files are skipped; characters no font has appear as a box.
     */
    @WithDefault("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf,/usr/share/fonts/truetype/wqy/wqy-microhei.ttc,/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc")
    List<String> fallbackFonts();

    /** Public path prefix of the PDF download, as written into report.generated. */
    @WithDefault("/api/reports")
    String publicPath();
}

package io.intervu.interview.intake;

import io.intervu.interview.config.ResumeConfig;

/** The bounds one PDF parse stays within; see {@link ResumeConfig} for what each one means. */
record PdfLimits(int maxPages, int maxTextChars, long maxDecodedBytes, long maxContentBytes,
                 long scratchMemoryBytes, long scratchTotalBytes) {

    static PdfLimits of(ResumeConfig config) {
        return new PdfLimits(config.maxPages(), config.maxTextChars(), config.maxDecodedBytes(), config.maxContentBytes(),
                config.scratchMemoryBytes(), config.scratchTotalBytes());
    }
}

package io.intervu.platform.pdf;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.Filter;
import org.apache.pdfbox.filter.FilterFactory;
import org.apache.pdfbox.pdmodel.PDDocument;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Refuses a PDF whose streams unpack to more than the budget, before PDFBox unpacks them for real.
 * PDFBox 3.0.8 decodes a filtered stream into heap in one piece (its MemoryUsageSetting does not
 * cover decoding): a 1.4 MB file whose page content is 700 MB of spaces behind ASCIIHex + Flate ran
 * a 512 MB heap out of memory. Each stream is decoded here once into a counter that stops at the
 * budget, so the check itself needs no more memory than one intermediate filter stage.
 *
 * <p>Every stream of the file is looked at: streams are always top-level objects (an object stream
 * may not hold one), so walking the cross-reference table finds them all, object streams included,
 * before anything inside them is resolved. Images and attachments are skipped: text extraction never
 * decodes them.
 */
public final class DecodedSizeBudget {

    /** A resume has a few hundred objects and a long handbook a few thousand; a table this long is only there to make us resolve it. */
    static final int MAX_OBJECTS = 100_000;

    /** Image codecs: on anything but an image they would make PDFBox build a raster of any size the file claims. */
    private static final Set<COSName> IMAGE_CODECS = Set.of(COSName.DCT_DECODE, COSName.DCT_DECODE_ABBREVIATION,
            COSName.JPX_DECODE, COSName.JBIG2_DECODE, COSName.CCITTFAX_DECODE, COSName.CCITTFAX_DECODE_ABBREVIATION);

    private static final int CHECK_DEADLINE_EVERY = 64 * 1024;

    private final long maxDecodedBytes;
    private final long maxContentBytes;
    private final Deadline deadline;
    private final Map<COSStream, Long> sizes = new IdentityHashMap<>();
    private long total;
    private long formBytes;

    public DecodedSizeBudget(long maxDecodedBytes, long maxContentBytes, Deadline deadline) {
        this.maxDecodedBytes = maxDecodedBytes;
        this.maxContentBytes = maxContentBytes;
        this.deadline = deadline;
    }

    /**
     * Decodes every stream of the file into the counter; throws {@link PdfRefusedException} past the
     * budget. Resolves only top-level objects, so no object stream is unpacked before it is counted.
     */
    public void checkStreams(PDDocument document) throws IOException {
        COSDocument cos = document.getDocument();
        List<Map.Entry<COSObjectKey, Long>> entries = new ArrayList<>(cos.getXrefTable().entrySet());
        if (entries.size() > MAX_OBJECTS) {
            throw tooComplex();
        }
        for (Map.Entry<COSObjectKey, Long> entry : entries) {
            deadline.check();
            // a negative offset is an object inside an object stream: never a stream itself
            if (entry.getValue() == null || entry.getValue() <= 0) {
                continue;
            }
            COSObject object = cos.getObjectFromPool(entry.getKey());
            if (object.getObject() instanceof COSStream stream && !neverDecoded(stream)) {
                long size = size(stream);
                if (COSName.FORM.equals(stream.getCOSName(COSName.SUBTYPE))) {
                    formBytes += size;
                }
            }
        }
    }

    /**
     * Content streams become operand objects and glyphs on the heap as they are interpreted: the
     * pages read and all forms together get a budget of their own, well below the total.
     */
    public void checkContent(PDDocument document, int pagesRead) throws IOException {
        long content = formBytes;
        for (int i = 0; i < pagesRead; i++) {
            for (COSStream stream : contentStreams(document.getPage(i).getCOSObject().getDictionaryObject(COSName.CONTENTS))) {
                content += size(stream);
            }
        }
        if (content > maxContentBytes) {
            throw tooComplex();
        }
    }

    private static PdfRefusedException tooComplex() {
        return new PdfRefusedException(PdfRefusedException.Reason.TOO_COMPLEX, "the PDF unpacks to more than its budget");
    }

    private static boolean neverDecoded(COSStream stream) {
        return COSName.IMAGE.equals(stream.getCOSName(COSName.SUBTYPE)) || COSName.EMBEDDED_FILE.equals(stream.getCOSName(COSName.TYPE));
    }

    private static List<COSStream> contentStreams(COSBase contents) {
        List<COSStream> streams = new ArrayList<>();
        if (contents instanceof COSStream stream) {
            streams.add(stream);
        } else if (contents instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.getObject(i) instanceof COSStream stream) {
                    streams.add(stream);
                }
            }
        }
        return streams;
    }

    /** Decoded size of the stream, counted once towards the total however often it is referenced. */
    private long size(COSStream stream) throws IOException {
        Long known = sizes.get(stream);
        if (known != null) {
            return known;
        }
        long size = decodedSize(stream, maxDecodedBytes - total);
        sizes.put(stream, size);
        total += size;
        return size;
    }

    private long decodedSize(COSStream stream, long budget) throws IOException {
        List<COSName> filters = filters(stream);
        for (COSName filter : filters) {
            if (IMAGE_CODECS.contains(filter)) {
                throw new PdfRefusedException(PdfRefusedException.Reason.UNREADABLE, "an image codec on a stream that is not an image");
            }
        }
        Counter sink = new Counter(budget);
        try (InputStream raw = stream.createRawInputStream()) {
            if (filters.isEmpty()) {
                raw.transferTo(sink);
                return sink.count;
            }
            InputStream in = raw;
            for (int i = 0; i < filters.size(); i++) {
                Filter filter = FilterFactory.INSTANCE.getFilter(filters.get(i));
                boolean last = i == filters.size() - 1;
                if (last) {
                    filter.decode(in, sink, stream, i);
                } else {
                    Buffer stage = new Buffer(budget);
                    filter.decode(in, stage, stream, i);
                    in = stage.asInput();
                }
            }
        } catch (IOException e) {
            // a damaged stream: PDFBox reads what it can of it too, so what decoded is what counts
        }
        return sink.count;
    }

    /** The filter names as PDFBox applies them: a repeated filter is applied once. */
    private static List<COSName> filters(COSStream stream) {
        List<COSName> names = new ArrayList<>();
        COSBase filters = stream.getFilters();
        if (filters instanceof COSName name) {
            names.add(name);
        } else if (filters instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.getObject(i) instanceof COSName name && !names.contains(name)) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    /** Counts decoded bytes and stops the decoding (unchecked, so no filter swallows it) once over budget. */
    private final class Counter extends OutputStream {
        private final long budget;
        long count;

        Counter(long budget) {
            this.budget = budget;
        }

        @Override
        public void write(int b) {
            add(1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            add(len);
        }

        void add(long n) {
            long before = count;
            count += n;
            if (count > budget) {
                throw tooComplex();
            }
            if (before / CHECK_DEADLINE_EVERY != count / CHECK_DEADLINE_EVERY) {
                deadline.check();
            }
        }
    }

    /** An intermediate filter stage, held in memory up to the budget. */
    private final class Buffer extends ByteArrayOutputStream {
        private final Counter counter;

        Buffer(long budget) {
            this.counter = new Counter(budget);
        }

        @Override
        public synchronized void write(int b) {
            counter.add(1);
            super.write(b);
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            counter.add(len);
            super.write(b, off, len);
        }

        InputStream asInput() {
            return new ByteArrayInputStream(buf, 0, count);
        }
    }
}

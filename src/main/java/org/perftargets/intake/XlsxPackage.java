package org.perftargets.intake;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The parts of an .xlsx as a zip of XML files, and their relationships: what the streamed reading
 * needs, without POI's package model (opening a workbook through it cost 0.3 s of a one-sheet run's
 * second, and its XML beans another 0.15 s). Every part is inflated through the same guards as
 * POI's: at most {@code maxPartBytes}, and no part that inflates more than a hundredfold (a zip bomb).
 */
final class XlsxPackage implements Closeable {

    static final String OFFICE_DOCUMENT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";
    private static final String STRICT_OFFICE_DOCUMENT = "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument";
    /** POI's minimum inflate ratio (ZipSecureFile), checked past its grace size. */
    private static final double MIN_RATIO = 0.01;
    private static final long GRACE = 100 * 1024;

    /** A relationship of a part: its type and the part it points to (a name in the zip). */
    record Relationship(String type, String target) {
        boolean isOfType(String suffix) {
            return type.endsWith("/" + suffix);
        }
    }

    private final ZipFile zip;
    private final long maxPartBytes;

    private XlsxPackage(ZipFile zip, long maxPartBytes) {
        this.zip = zip;
        this.maxPartBytes = maxPartBytes;
    }

    static XlsxPackage open(Path path, long maxPartBytes) throws IOException {
        return new XlsxPackage(new ZipFile(path.toFile()), maxPartBytes);
    }

    boolean has(String name) {
        return entry(name) != null;
    }

    /** A part's bytes as they inflate, buffered and guarded; a missing part is a damaged workbook. */
    InputStream part(String name) throws IOException {
        ZipEntry e = entry(name);
        if (e == null) {
            throw new IOException("damaged workbook: no part " + name);
        }
        long size = e.getSize();
        long compressed = e.getCompressedSize();
        if (size > maxPartBytes) {
            throw new IOException("zip bomb: part " + name + " exceeds the max entry size");
        }
        if (size > GRACE && compressed >= 0 && (double) compressed / size < MIN_RATIO) {
            throw new IOException("zip bomb detected: part " + name + " inflates " + size / Math.max(1, compressed) + " fold");
        }
        return new BufferedInputStream(new Guarded(zip.getInputStream(e), name, size), 1 << 16);
    }

    /** The workbook part, from the package's relationships; a Strict Open XML package is said to be one. */
    String workbookPart() throws IOException {
        Map<String, Relationship> rels = relationships("");
        for (Relationship r : rels.values()) {
            if (r.type().equals(OFFICE_DOCUMENT)) {
                return r.target();
            }
            if (r.type().equals(STRICT_OFFICE_DOCUMENT)) {
                throw new IOException("Strict OOXML isn't currently supported");
            }
        }
        throw new IOException("damaged workbook: no office document in _rels/.rels");
    }

    /** The relationships of a part ("" for the package's own), by id, in document order; none when it has none. */
    Map<String, Relationship> relationships(String partName) throws IOException {
        int slash = partName.lastIndexOf('/');
        String dir = slash < 0 ? "" : partName.substring(0, slash + 1);
        String relsName = dir + "_rels/" + partName.substring(slash + 1) + ".rels";
        Map<String, Relationship> rels = new LinkedHashMap<>();
        if (!has(relsName)) {
            return rels;
        }
        try (InputStream in = part(relsName)) {
            XmlScanner x = new XmlScanner(in);
            for (int e; (e = x.next()) != XmlScanner.EOF; ) {
                if (e == XmlScanner.START && x.is("Relationship")) {
                    String id = x.attribute("Id");
                    String type = x.attribute("Type");
                    String target = x.attribute("Target");
                    if (id != null && type != null && target != null && !"External".equals(x.attribute("TargetMode"))) {
                        rels.put(id, new Relationship(type, resolve(dir, target)));
                    }
                }
            }
        }
        return rels;
    }

    /** The part named by a relationship's target, relative to the source part's folder (or absolute). */
    static String resolve(String dir, String target) throws IOException {
        try {
            URI base = new URI(null, null, "/" + dir, null);
            String resolved = base.resolve(new URI(null, null, target.replace('\\', '/'), null)).normalize().getPath();
            return resolved.startsWith("/") ? resolved.substring(1) : resolved;
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new IOException("damaged workbook: relationship target " + target, e);
        }
    }

    /** A part by name: as written, or with its case changed (zip names are case-sensitive, OPC's are not). */
    private ZipEntry entry(String name) {
        ZipEntry e = zip.getEntry(name);
        if (e != null) {
            return e;
        }
        var all = zip.entries();
        while (all.hasMoreElements()) {
            ZipEntry other = all.nextElement();
            if (other.getName().equalsIgnoreCase(name)) {
                return other;
            }
        }
        return null;
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    /** Counts what a part inflates to: beyond the limit, or beyond the size it declares, it is refused. */
    private final class Guarded extends FilterInputStream {
        private final String name;
        private final long declared;
        private long count;

        Guarded(InputStream in, String name, long declared) {
            super(in);
            this.name = name;
            this.declared = declared;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        private void counted(int n) throws IOException {
            count += n;
            if (count > maxPartBytes) {
                throw new IOException("zip bomb: part " + name + " exceeds the max entry size");
            }
            if (declared >= 0 && count > declared) {
                throw new IOException("damaged workbook: part " + name + " inflates beyond its declared size");
            }
        }
    }
}

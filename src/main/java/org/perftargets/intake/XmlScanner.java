package org.perftargets.intake;

import java.io.IOException;
import java.io.InputStream;

/**
 * A pull parser for the XML parts of an .xlsx, over their UTF-8 bytes: start and end tags with
 * their local names (any namespace prefix ignored, as the layouts compare local names), the
 * attributes of a start tag and the text of an element, read only when asked for. The JDK's StAX
 * parser spent 6 s on the 172 MB of a 20,000-project worksheet; this reads it in about a tenth.
 *
 * <p>What it accepts is XML as Excel, WPS and POI write it: comments, processing instructions and
 * CDATA sections anywhere, the five predefined entities and character references, end-of-line
 * normalisation. What must not be read as something else ends in an {@link IOException}: malformed
 * UTF-8 or a character XML forbids in text that is read, an unknown entity, a DTD (never resolved:
 * an external entity could read the user's files), an end tag that does not close the open
 * element, a part that ends inside an element.
 */
final class XmlScanner {

    static final int START = 1;
    static final int END = 2;
    static final int EOF = -1;

    /** A tag longer than this is no spreadsheet's: the part is refused rather than buffered. */
    private static final int MAX_TAG = 1 << 20;

    private final InputStream in;
    private byte[] buf;
    private int pos;
    private int limit;
    private boolean eof;

    /** The current tag: its bytes are buf[tagStart, tagEnd); the name from nameStart, its local part from localStart. */
    private int tagStart;
    private int localStart;
    private int nameEnd;
    private int tagEnd;
    private boolean pendingEnd;
    private int event;
    private int tagHash;
    /** The current start tag's attributes, parsed on first asking: per attribute its local name's and value's bounds. */
    private int[] attributes = new int[32];
    private int attributeCount = -1;

    /** What a byte means while a tag is read: 0 nothing, else one of these. */
    private static final byte[] IN_TAG = new byte[256];
    private static final byte GREATER = 1;
    private static final byte QUOTE = 2;
    private static final byte LESS = 3;

    static {
        IN_TAG['>'] = GREATER;
        IN_TAG['"'] = QUOTE;
        IN_TAG['\''] = QUOTE;
        IN_TAG['<'] = LESS;
    }

    /** The open elements' names, hashed: an end tag must close the element that is open. */
    private int[] open = new int[32];
    private int depth;

    private char[] chars = new char[256];
    private int length;

    /** The bytes recorded since {@link #record()}: from the current tag's '<' on, across refills. */
    private byte[] recorded = new byte[256];
    private int recordedLength;
    private int recordFrom = -1;

    XmlScanner(InputStream in) {
        this.in = in;
        this.buf = new byte[1 << 16];
    }

    /** A scanner over bytes already in memory. */
    XmlScanner(byte[] bytes, int from, int to) {
        this.in = InputStream.nullInputStream();
        over(bytes, from, to);
    }

    /** This scanner (made over bytes in memory) read again over other bytes: one for many small pieces. */
    XmlScanner over(byte[] bytes, int from, int to) {
        buf = bytes;
        pos = from;
        limit = to;
        eof = true;
        depth = 0;
        pendingEnd = false;
        event = 0;
        attributeCount = -1;
        recordFrom = -1;
        return this;
    }

    /** The next start or end tag ({@link #START}, {@link #END}), text between them passed over; {@link #EOF} at the end. */
    int next() throws IOException {
        if (pendingEnd) {
            pendingEnd = false;
            depth--;
            return event = END;
        }
        while (true) {
            int at = indexOf('<');
            if (at < 0) {
                if (depth > 0) {
                    throw damaged("the part ends inside an element");
                }
                return event = EOF;
            }
            pos = at;
            if (!ensure(2)) {
                throw damaged("the part ends inside a tag");
            }
            byte c = buf[pos + 1];
            if (c == '?') {
                skipPast("?>");
            } else if (c == '!') {
                markup();
            } else if (c == '/') {
                readTag(pos + 2);
                if (depth == 0 || open[depth - 1] != tagHash) {
                    throw damaged("an end tag that closes no open element");
                }
                depth--;
                return event = END;
            } else {
                readTag(pos + 1);
                if (depth == open.length) {
                    open = java.util.Arrays.copyOf(open, depth * 2);
                }
                open[depth++] = tagHash;
                pendingEnd = buf[tagEnd - 2] == '/';
                return event = START;
            }
        }
    }

    /** The depth of the current tag: 1 for the root element's start and end tags. */
    int depth() {
        return event == END ? depth + 1 : depth;
    }

    /** Whether the current tag's local name is {@code local} (ASCII). */
    boolean is(String local) {
        int n = nameEnd - localStart;
        if (n != local.length()) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (buf[localStart + i] != local.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** The current start tag's attribute of that local name, decoded and normalised; {@code null} when absent. */
    String attribute(String local) throws IOException {
        int k = find(local);
        return k < 0 ? null : attributeValue(attributes[k + 2], attributes[k + 3]);
    }

    /** Whether the current start tag's attribute of that local name is {@code value} (ASCII). */
    boolean attributeIs(String local, String value) throws IOException {
        int k = find(local);
        if (k < 0) {
            return false;
        }
        int from = attributes[k + 2];
        int to = attributes[k + 3];
        for (int i = from; i < to; i++) {
            if (buf[i] == '&' || buf[i] < 0x20) {
                return value.equals(attributeValue(from, to));
            }
        }
        return sameAscii(from, to, value);
    }

    /**
     * The 0-based column of an attribute holding a cell's A1 address ({@code r="B12"}), -1 when
     * absent; a malformed address is an error.
     */
    int attributeColumn(String local) throws IOException {
        int k = find(local);
        if (k < 0) {
            return -1;
        }
        int i = attributes[k + 2];
        int to = attributes[k + 3];
        while (i < to && isSpace(buf[i])) {
            i++;
        }
        int col = 0;
        int letters = i;
        while (i < to) {
            int b = buf[i];
            if (b >= 'A' && b <= 'Z') {
                col = col * 26 + (b - 'A' + 1);
            } else if (b >= 'a' && b <= 'z') {
                col = col * 26 + (b - 'a' + 1);
            } else {
                break;
            }
            i++;
        }
        int digits = i;
        while (i < to && buf[i] >= '0' && buf[i] <= '9') {
            i++;
        }
        while (i < to && isSpace(buf[i])) {
            i++;
        }
        if (digits == letters || digits - letters > 3 || i < to) {
            throw damaged("a malformed cell address");
        }
        return col - 1;
    }

    /** The attribute as the one of {@code known} it equals (no new string for each cell's type), else decoded; null when absent. */
    String attributeOf(String local, String... known) throws IOException {
        int k = find(local);
        if (k < 0) {
            return null;
        }
        for (String v : known) {
            if (sameAscii(attributes[k + 2], attributes[k + 3], v)) {
                return v;
            }
        }
        return attributeValue(attributes[k + 2], attributes[k + 3]);
    }

    /** A non-negative whole number attribute (spaces around it allowed), {@code absent} when absent; else an error. */
    int attributeInt(String local, int absent) throws IOException {
        int k = find(local);
        if (k < 0) {
            return absent;
        }
        int i = attributes[k + 2];
        int to = attributes[k + 3];
        while (i < to && isSpace(buf[i])) {
            i++;
        }
        int from = i;
        long n = 0;
        while (i < to && buf[i] >= '0' && buf[i] <= '9' && n <= Integer.MAX_VALUE) {
            n = n * 10 + buf[i++] - '0';
        }
        int digits = i;
        while (i < to && isSpace(buf[i])) {
            i++;
        }
        if (digits == from || i < to || n > Integer.MAX_VALUE) {
            throw damaged("a malformed number in attribute " + local);
        }
        return (int) n;
    }

    /** The index in {@link #attributes} of the attribute of that local name, -1 when absent. */
    private int find(String local) throws IOException {
        if (attributeCount == -1 && firstIs(local)
                || attributeCount == -2 && sameAscii(attributes[0], attributes[1], local)) {
            return 0; // r="B5" first, as every spreadsheet writes it: the rest of the tag not parsed
        }
        if (attributeCount < 0) {
            parseAttributes();
        }
        for (int k = 0; k < attributeCount * 4; k += 4) {
            if (sameAscii(attributes[k], attributes[k + 1], local)) {
                return k;
            }
        }
        return -1;
    }

    /** Whether the tag's first attribute is {@code local} (unprefixed, plainly written); if so its bounds are attributes[0..3]. */
    private boolean firstIs(String local) {
        int i = nameEnd;
        int n = local.length();
        int end = tagEnd - 1;
        if (i + n + 3 >= end || buf[i] != ' ' || !sameAscii(i + 1, i + 1 + n, local) || buf[i + 1 + n] != '=') {
            return false;
        }
        byte quote = buf[i + 2 + n];
        if (quote != '"' && quote != '\'') {
            return false;
        }
        int from = i + 3 + n;
        int j = from;
        while (j < end && buf[j] != quote) {
            j++;
        }
        if (j >= end) {
            return false;
        }
        attributes[0] = i + 1;
        attributes[1] = i + 1 + n;
        attributes[2] = from;
        attributes[3] = j;
        attributeCount = -2; // the first known; the others parsed when asked for
        return true;
    }

    private void parseAttributes() throws IOException {
        attributeCount = 0;
        int i = nameEnd;
        int end = buf[tagEnd - 2] == '/' ? tagEnd - 2 : tagEnd - 1; // before "/>" or ">"
        while (true) {
            while (i < end && isSpace(buf[i])) {
                i++;
            }
            if (i >= end) {
                return;
            }
            int nameStart = i;
            int localAt = i;
            while (i < end && buf[i] != '=' && !isSpace(buf[i])) {
                if (buf[i] == ':') {
                    localAt = i + 1;
                }
                i++;
            }
            int nameStop = i;
            while (i < end && isSpace(buf[i])) {
                i++;
            }
            if (i >= end || buf[i] != '=' || nameStop == nameStart) {
                throw damaged("a malformed attribute");
            }
            i++;
            while (i < end && isSpace(buf[i])) {
                i++;
            }
            if (i >= end || buf[i] != '"' && buf[i] != '\'') {
                throw damaged("an attribute value without quotes");
            }
            byte quote = buf[i];
            int valueStart = ++i;
            while (i < end && buf[i] != quote) {
                i++;
            }
            if (i >= end) {
                throw damaged("an unterminated attribute value");
            }
            if (attributeCount * 4 == attributes.length) {
                attributes = java.util.Arrays.copyOf(attributes, attributes.length * 2);
            }
            int k = attributeCount++ * 4;
            attributes[k] = localAt;
            attributes[k + 1] = nameStop;
            attributes[k + 2] = valueStart;
            attributes[k + 3] = i++;
        }
    }

    /**
     * After a start tag: the text up to its end tag (which is consumed), as StAX's
     * {@code getElementText} gives it: character data, entities and CDATA, comments and
     * processing instructions passed over; a child element is an error.
     */
    String elementText() throws IOException {
        if (event != START) {
            throw new IllegalStateException("not at a start tag");
        }
        if (pendingEnd) {
            next();
            return "";
        }
        length = 0;
        int hash = open[depth - 1];
        while (true) {
            decodeText();
            if (!ensure(2)) {
                throw damaged("the part ends inside an element");
            }
            byte c = buf[pos + 1];
            if (c == '/') {
                readTag(pos + 2);
                if (tagHash != hash) {
                    throw damaged("an end tag that closes no open element");
                }
                depth--;
                event = END;
                return new String(chars, 0, length);
            } else if (c == '?') {
                skipPast("?>");
            } else if (c == '!') {
                if (startsWith("<![CDATA[")) {
                    pos += 9;
                    cdata();
                } else {
                    markup();
                }
            } else {
                throw damaged("an element inside a text");
            }
        }
    }

    /** After a start tag: passes over the element's content up to and including its end tag. */
    void skip() throws IOException {
        if (event != START) {
            throw new IllegalStateException("not at a start tag");
        }
        int level = depth;
        while (depth >= level) {
            if (next() == EOF) {
                throw damaged("the part ends inside an element");
            }
        }
    }

    /**
     * The next start tag whose local name is {@code a} or {@code b}, every other tag passed over by
     * its name alone (its attributes are not read, nesting is not followed): for a scan of a part
     * that looks only for those. False at the end. Not to be mixed with {@link #next()}.
     */
    boolean nextStartOf(String a, String b) throws IOException {
        while (true) {
            int at = indexOf('<');
            if (at < 0) {
                return false;
            }
            pos = at;
            if (!ensure(2)) {
                throw damaged("the part ends inside a tag");
            }
            byte c = buf[pos + 1];
            if (c == '?') {
                skipPast("?>");
            } else if (c == '!') {
                markup();
            } else if (c == '/') {
                pos += 2;
            } else if (nameIs(pos + 1, a) || nameIs(pos + 1, b)) {
                readTag(pos + 1);
                pendingEnd = false;
                event = START;
                return true;
            } else {
                pos += 1;
            }
        }
    }

    /** Whether the tag name from {@code at} has the local name {@code local} (reading on as needed; pos kept). */
    private boolean nameIs(int at, String local) throws IOException {
        int offset = at - pos;
        int i = 0;
        int localFrom = 0;
        while (true) {
            if (!ensure(offset + i + 1)) {
                return false;
            }
            byte b = buf[pos + offset + i];
            if (b == ' ' || b == '/' || b == '>' || b == '\t' || b == '\n' || b == '\r') {
                break;
            }
            if (b == ':') {
                localFrom = i + 1;
            }
            if (++i > 64) {
                return false;
            }
        }
        return sameAscii(pos + offset + localFrom, pos + offset + i, local);
    }

    /**
     * Inside an element (after its start tag or any tag within it): passes over the rest of it,
     * through its end tag, reading only enough to find that end tag (comments, CDATA and
     * instructions respected; the nesting within is not checked). For a row no one asked for.
     */
    void skipRest(int elementDepth) throws IOException {
        if (event == START && pendingEnd && depth == elementDepth) {
            next();
            return;
        }
        pendingEnd = false;
        int hash = open[elementDepth - 1];
        while (true) {
            int at = indexOf('<');
            if (at < 0) {
                throw damaged("the part ends inside an element");
            }
            pos = at;
            if (!ensure(2)) {
                throw damaged("the part ends inside a tag");
            }
            byte c = buf[pos + 1];
            if (c == '?') {
                skipPast("?>");
            } else if (c == '!') {
                markup();
            } else if (c == '/') {
                if (endTagHash() == hash) {
                    readTag(pos + 2);
                    depth = elementDepth - 1;
                    event = END;
                    return;
                }
                pos += 2;
            } else {
                pos += 1;
            }
        }
    }

    /** The hash of the name of the end tag at pos ("</name"), read as far as its name ends (pos kept). */
    private int endTagHash() throws IOException {
        int h = 1;
        int i = 2;
        while (true) {
            if (!ensure(i + 1)) {
                throw damaged("the part ends inside a tag");
            }
            byte b = buf[pos + i];
            if (b == '>' || b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '/') {
                return h;
            }
            h = 31 * h + b;
            if (++i > 256) {
                return h;
            }
        }
    }

    /** Starts recording the bytes read, from the current tag's '<'. */
    void record() {
        recordFrom = tagStart;
        recordedLength = 0;
    }

    /**
     * Stops recording; the bytes are {@link #recorded()}[{@link #recordedFrom()}, + the length
     * returned), valid until the next reading: in place where no refill came in between (no copy).
     */
    int endRecord() {
        if (recordedLength == 0) {
            recordedInPlace = true;
            int n = pos - recordFrom;
            recordedAt = recordFrom;
            recordFrom = -1;
            return n;
        }
        keepRecorded();
        recordFrom = -1;
        recordedInPlace = false;
        recordedAt = 0;
        return recordedLength;
    }

    byte[] recorded() {
        return recordedInPlace ? buf : recorded;
    }

    int recordedFrom() {
        return recordedAt;
    }

    private boolean recordedInPlace;
    private int recordedAt;

    /** Where the current start tag's attribute of that local name lies from the tag's '<', into span {from, to}; false when absent. */
    boolean attributeSpan(String local, int[] span) throws IOException {
        int k = find(local);
        if (k < 0) {
            return false;
        }
        span[0] = attributes[k + 2] - tagStart;
        span[1] = attributes[k + 3] - tagStart;
        return true;
    }

    private void keepRecorded() {
        if (recordFrom < 0) {
            return;
        }
        int n = pos - recordFrom;
        if (recordedLength + n > recorded.length) {
            recorded = java.util.Arrays.copyOf(recorded, Math.max(recorded.length * 2, recordedLength + n));
        }
        System.arraycopy(buf, recordFrom, recorded, recordedLength, n);
        recordedLength += n;
        recordFrom = pos;
    }

    // ---- reading the bytes

    /** The index of the next {@code b} from pos, reading on as needed (bytes before it are dropped); -1 at the end. */
    private int indexOf(char b) throws IOException {
        while (true) {
            for (int i = pos; i < limit; i++) {
                if (buf[i] == b) {
                    return i;
                }
            }
            pos = limit;
            if (!fill()) {
                return -1;
            }
        }
    }

    /** Whether {@code n} bytes from pos are in the buffer, reading on as needed. */
    private boolean ensure(int n) throws IOException {
        while (limit - pos < n) {
            if (!fill()) {
                return false;
            }
        }
        return true;
    }

    /** Reads more bytes, keeping those from pos (moved to the buffer's start); false at the end. */
    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        keepRecorded();
        if (recordFrom >= 0) {
            recordFrom = 0;
        }
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, limit - pos);
            limit -= pos;
            pos = 0;
        }
        if (limit == buf.length) {
            if (buf.length >= MAX_TAG) {
                throw damaged("a tag longer than " + MAX_TAG + " bytes");
            }
            buf = java.util.Arrays.copyOf(buf, buf.length * 2);
        }
        int n = in.read(buf, limit, buf.length - limit);
        if (n < 0) {
            eof = true;
            return false;
        }
        limit += n;
        return true;
    }

    /** Reads the tag at pos whose name starts at {@code nameAt}: through its closing '>', quotes respected. */
    private void readTag(int nameAt) throws IOException {
        int offset = nameAt - pos;
        int i = nameAt;
        while (true) {
            if (i >= limit) {
                int done = i - pos;
                if (!ensure(done + 1)) {
                    throw damaged("the part ends inside a tag");
                }
                i = pos + done;
            }
            byte kind = IN_TAG[buf[i] & 0xFF];
            if (kind == 0) {
                i++;
            } else if (kind == GREATER) {
                break;
            } else if (kind == QUOTE) {
                byte quote = buf[i++];
                while (true) {
                    if (i >= limit) {
                        int done = i - pos;
                        if (!ensure(done + 1)) {
                            throw damaged("the part ends inside a tag");
                        }
                        i = pos + done;
                    }
                    byte b = buf[i++];
                    if (b == quote) {
                        break;
                    }
                    if (b == '<') {
                        throw damaged("'<' in an attribute value");
                    }
                }
            } else {
                throw damaged("'<' inside a tag");
            }
        }
        tagStart = pos;
        tagEnd = i + 1;
        attributeCount = -1;
        int n = pos + offset;
        localStart = n;
        int h = 1;
        while (n < i) {
            byte b = buf[n];
            if (b == ' ' || b == '/' || b == '\t' || b == '\n' || b == '\r') {
                break;
            }
            if (b == ':') {
                localStart = n + 1;
            }
            h = 31 * h + b;
            n++;
        }
        nameEnd = n;
        tagHash = h;
        if (nameEnd == pos + offset) {
            throw damaged("a tag without a name");
        }
        pos = tagEnd;
    }

    /** {@code <!...>} outside text: a comment or a CDATA section passed over; a DTD refused. */
    private void markup() throws IOException {
        if (startsWith("<!--")) {
            skipPast("-->");
        } else if (startsWith("<![CDATA[")) {
            skipPast("]]>");
        } else {
            throw damaged("a DTD or unknown markup (<!...>), which a workbook never holds");
        }
    }

    private boolean startsWith(String s) throws IOException {
        if (!ensure(s.length())) {
            return false;
        }
        return sameAscii(pos, pos + s.length(), s);
    }

    private void skipPast(String end) throws IOException {
        pos += 2;
        while (true) {
            int at = indexOf(end.charAt(0));
            if (at < 0) {
                throw damaged("the part ends inside a comment or instruction");
            }
            pos = at;
            if (!ensure(end.length())) {
                throw damaged("the part ends inside a comment or instruction");
            }
            if (sameAscii(pos, pos + end.length(), end)) {
                pos += end.length();
                return;
            }
            pos++;
        }
    }

    private boolean sameAscii(int from, int to, String s) {
        if (to - from != s.length()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (buf[from + i] != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    // ---- decoding text

    /** Character data from pos up to the next '<', appended to chars. */
    private void decodeText() throws IOException {
        while (true) {
            if (pos >= limit && !fill()) {
                throw damaged("the part ends inside an element");
            }
            int b = buf[pos];
            if (b == '<') {
                return;
            }
            if (b == '&') {
                reference();
            } else if (b >= 0x20 || b == '\t' || b == '\n') {
                append((char) b);
                pos++;
            } else if (b == '\r') {
                pos++;
                append('\n');
                if (ensure(1) && buf[pos] == '\n') {
                    pos++;
                }
            } else if (b < 0) {
                utf8();
            } else {
                throw damaged("a control character XML does not allow");
            }
        }
    }

    /** A CDATA section's text after its {@code <![CDATA[}, through its {@code ]]>}. */
    private void cdata() throws IOException {
        while (true) {
            if (!ensure(1)) {
                throw damaged("the part ends inside a CDATA section");
            }
            int b = buf[pos];
            if (b == ']' && startsWith("]]>")) {
                pos += 3;
                return;
            }
            if (b >= 0x20 || b == '\t' || b == '\n') {
                append((char) b);
                pos++;
            } else if (b == '\r') {
                pos++;
                append('\n');
                if (ensure(1) && buf[pos] == '\n') {
                    pos++;
                }
            } else if (b < 0) {
                utf8();
            } else {
                throw damaged("a control character XML does not allow");
            }
        }
    }

    /** A multi-byte UTF-8 sequence at pos, strictly decoded (no overlong forms, no surrogates). */
    private void utf8() throws IOException {
        int b0 = buf[pos] & 0xFF;
        int n;
        int cp;
        int min;
        if (b0 >= 0xC2 && b0 <= 0xDF) {
            n = 2;
            cp = b0 & 0x1F;
            min = 0x80;
        } else if (b0 >= 0xE0 && b0 <= 0xEF) {
            n = 3;
            cp = b0 & 0x0F;
            min = 0x800;
        } else if (b0 >= 0xF0 && b0 <= 0xF4) {
            n = 4;
            cp = b0 & 0x07;
            min = 0x10000;
        } else {
            throw damaged("malformed UTF-8");
        }
        if (!ensure(n)) {
            throw damaged("malformed UTF-8 at the end of the part");
        }
        for (int k = 1; k < n; k++) {
            int b = buf[pos + k] & 0xFF;
            if ((b & 0xC0) != 0x80) {
                throw damaged("malformed UTF-8");
            }
            cp = cp << 6 | b & 0x3F;
        }
        if (cp < min || cp > 0x10FFFF || cp >= 0xD800 && cp <= 0xDFFF || cp == 0xFFFE || cp == 0xFFFF) {
            throw damaged("malformed UTF-8");
        }
        pos += n;
        appendCodePoint(cp);
    }

    /** An entity or character reference at pos. */
    private void reference() throws IOException {
        int at = pos;
        int semi = -1;
        for (int k = 1; k < 12; k++) {
            if (!ensure(k + 1)) {
                break;
            }
            at = pos;
            if (buf[at + k] == ';') {
                semi = at + k;
                break;
            }
        }
        if (semi < 0) {
            throw damaged("an unterminated entity reference");
        }
        pos = semi + 1;
        resolve(at + 1, semi);
    }

    /** Appends what the reference between '&' and ';' (buf[from, to)) stands for. */
    private void resolve(int from, int to) throws IOException {
        if (sameAscii(from, to, "lt")) {
            append('<');
        } else if (sameAscii(from, to, "gt")) {
            append('>');
        } else if (sameAscii(from, to, "amp")) {
            append('&');
        } else if (sameAscii(from, to, "quot")) {
            append('"');
        } else if (sameAscii(from, to, "apos")) {
            append('\'');
        } else if (to - from >= 2 && buf[from] == '#') {
            boolean hex = buf[from + 1] == 'x';
            int cp = 0;
            int start = hex ? from + 2 : from + 1;
            if (start == to) {
                throw damaged("an empty character reference");
            }
            for (int i = start; i < to; i++) {
                int d = Character.digit(buf[i], hex ? 16 : 10);
                if (d < 0 || cp > 0x10FFFF) {
                    throw damaged("a malformed character reference");
                }
                cp = cp * (hex ? 16 : 10) + d;
            }
            if (!(cp == 0x9 || cp == 0xA || cp == 0xD || cp >= 0x20 && cp <= 0xD7FF || cp >= 0xE000 && cp <= 0xFFFD
                    || cp >= 0x10000 && cp <= 0x10FFFF)) {
                throw damaged("a character reference to a character XML does not allow");
            }
            appendCodePoint(cp);
        } else {
            throw damaged("an unknown entity (no DTD is read)");
        }
    }

    /** An attribute's value, buf[from, to): references resolved, every white space a space (XML's normalisation). */
    private String attributeValue(int from, int to) throws IOException {
        length = 0;
        int i = from;
        while (i < to) {
            int b = buf[i];
            if (b == '&') {
                int semi = i + 1;
                while (semi < to && buf[semi] != ';') {
                    semi++;
                }
                if (semi >= to) {
                    throw damaged("an unterminated entity reference");
                }
                resolve(i + 1, semi);
                i = semi + 1;
            } else if (b == '\r') {
                append(' ');
                i += i + 1 < to && buf[i + 1] == '\n' ? 2 : 1;
            } else if (b == '\t' || b == '\n') {
                append(' ');
                i++;
            } else if (b >= 0x20) {
                append((char) b);
                i++;
            } else if (b < 0) {
                int save = pos;
                int saveLimit = limit;
                pos = i;
                limit = to;
                boolean saveEof = eof;
                eof = true;
                try {
                    utf8();
                    i = pos;
                } finally {
                    pos = save;
                    limit = saveLimit;
                    eof = saveEof;
                }
            } else {
                throw damaged("a control character XML does not allow");
            }
        }
        return new String(chars, 0, length);
    }

    private void append(char c) {
        if (length == chars.length) {
            chars = java.util.Arrays.copyOf(chars, length * 2);
        }
        chars[length++] = c;
    }

    private void appendCodePoint(int cp) {
        if (cp < 0x10000) {
            append((char) cp);
        } else {
            append(Character.highSurrogate(cp));
            append(Character.lowSurrogate(cp));
        }
    }

    private static boolean isSpace(byte b) {
        return b == ' ' || b == '\t' || b == '\n' || b == '\r';
    }

    static IOException damaged(String what) {
        return new Malformed(what);
    }

    /** XML that is not well formed: told apart from a failing read of the part (its zip, its size guard). */
    static final class Malformed extends IOException {
        Malformed(String what) {
            super("damaged XML: " + what);
        }
    }
}

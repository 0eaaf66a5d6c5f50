package io.jstan.store.file;

import io.jstan.store.ChannelLimits;
import io.jstan.store.MessageLog;
import io.jstan.store.StoreException;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.CRC32C;

/**
 * The messages of one channel in slices ({@link Segment}). Appends go to a write buffer;
 * {@link #flush()} writes it with one call and forces it with one fsync, the group commit.
 * Limits move the first sequence message by message; a slice is deleted once all its
 * messages are gone, except the last one, which keeps the highest sequence. Used by the
 * channel's owner thread only.
 */
final class FileMessageLog implements MessageLog {

    private static final System.Logger LOG = System.getLogger(FileMessageLog.class.getName());
    private static final Pattern DATA_FILE = Pattern.compile("msgs\\.(\\d+)\\.dat");
    /** How many of the newest messages, and at most how many of their bytes, reads find in memory. */
    private static final int RECENT_MESSAGES = 16384;
    private static final long RECENT_BYTES = 8L * 1024 * 1024;

    private final Path directory;
    private final FileStoreOptions options;
    private final ChannelLimits limits;
    private final FileStoreOptions.SliceLimits slices;
    private final List<Segment> segments = new ArrayList<>();
    /** Slices sealed since the last flush, to force with it. */
    private final List<Segment> sealed = new ArrayList<>();
    /** Slices whose messages are all gone, deleted after the next flush has made newer ones durable. */
    private final List<Segment> dropped = new ArrayList<>();
    private final WriteBuffer buffer;
    private final ReadAhead reads;
    private final RecentMessages recent = new RecentMessages(RECENT_MESSAGES, RECENT_BYTES);
    private final CRC32C crc = new CRC32C();
    private ChannelFile channelFile;
    private volatile Segment active;
    private Segment openReader;
    private boolean directoryChanged;
    private boolean firstRemovedByAge;
    private long first;
    private long last;
    private long lastTimestamp;
    private long bytes;

    private FileMessageLog(Path directory, ChannelFile channelFile, FileStoreOptions options) {
        this.directory = directory;
        this.channelFile = channelFile;
        this.options = options;
        this.limits = channelFile.limits();
        this.slices = options.sliceLimits(limits);
        this.buffer = new WriteBuffer(512, options.bufferSize);
        this.reads = new ReadAhead(options.readBufferSize);
    }

    static FileMessageLog create(Path directory, ChannelFile channelFile, FileStoreOptions options) {
        return new FileMessageLog(directory, channelFile, options);
    }

    /** Opens the slices found in {@code directory}, then applies the count and byte limits. */
    static FileMessageLog recover(Path directory, ChannelFile channelFile, FileStoreOptions options)
            throws StoreException, IOException {
        FileMessageLog log = new FileMessageLog(directory, channelFile, options);
        log.openSegments();
        log.restoreState();
        log.flush();
        return log;
    }

    private void openSegments() throws StoreException, IOException {
        List<Integer> numbers = sliceNumbers(directory);
        SegmentRecovery recovery = new SegmentRecovery(options);
        for (int i = 0; i < numbers.size(); i++) {
            int number = numbers.get(i);
            boolean lastSlice = i == numbers.size() - 1;
            SegmentRecovery.Recovered recovered = recovery.open(directory, number, lastSlice);
            if (recovered == null) {
                // A slice created just before a crash, without even its header: it held nothing.
                deleteSlice(number);
                continue;
            }
            Segment segment = recovered.segment();
            Segment previous = segments.isEmpty() ? null : segments.get(segments.size() - 1);
            if (previous != null && segment.base != previous.lastSequence() + 1) {
                segment.close();
                String problem = "unable to recover message store, file \"" + segment.dataFile + "\" starts at sequence "
                        + segment.base + " where " + (previous.lastSequence() + 1) + " was expected";
                cutFrom(numbers, i, problem);
                break;
            }
            segments.add(segment);
            if (recovered.truncated() && !lastSlice) {
                cutFrom(numbers, i + 1, "slice " + number + " was truncated");
                break;
            }
        }
        Segment newest = segments.isEmpty() ? null : segments.get(segments.size() - 1);
        active = newest != null && newest.writable() ? newest : null;
    }

    /** Removes slices {@code from} on; only allowed when the store may truncate at a bad record. */
    private void cutFrom(List<Integer> numbers, int from, String problem) throws StoreException, IOException {
        if (!options.truncateBadEof) {
            throw new StoreException(problem);
        }
        LOG.log(Level.WARNING, "{0}: removing slices {1} and later", problem, numbers.get(from));
        for (int j = from; j < numbers.size(); j++) {
            deleteSlice(numbers.get(j));
        }
    }

    private void deleteSlice(int number) throws IOException {
        Files.deleteIfExists(Segment.dataFile(directory, number));
        Files.deleteIfExists(Segment.indexFile(directory, number));
    }

    private static List<Integer> sliceNumbers(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(file -> DATA_FILE.matcher(file.getFileName().toString()))
                    .filter(Matcher::matches)
                    .map(matcher -> Integer.valueOf(matcher.group(1)))
                    .sorted()
                    .toList();
        }
    }

    private void restoreState() {
        if (segments.isEmpty()) {
            return;
        }
        Segment newest = segments.get(segments.size() - 1);
        last = newest.lastSequence();
        if (last == 0) {
            return;
        }
        Segment holdingLast = find(last);
        lastTimestamp = holdingLast.timestamp(last);
        first = Math.min(Math.max(segments.get(0).base, channelFile.firstSequence()), last + 1);
        bytes = bytesBetween(first, last + 1);
        applyLimits();
    }

    @Override
    public void append(long sequence, long timestamp, byte[] encodedMessage) throws StoreException {
        if (sequence != last + 1) {
            throw new IllegalArgumentException("sequence " + sequence + " does not follow " + last);
        }
        if (timestamp < lastTimestamp) {
            throw new IllegalArgumentException("timestamp " + timestamp + " is before " + lastTimestamp);
        }
        int size = Segment.RECORD_OVERHEAD + encodedMessage.length;
        try {
            Segment segment = active;
            if (needsNewSlice(segment, size, timestamp)) {
                segment = newSlice(sequence);
            }
            long offset = segment.end();
            putRecord(sequence, timestamp, encodedMessage);
            recent.put(sequence, encodedMessage);
            segment.add(offset, timestamp, size);
            if (buffer.full()) {
                segment.write(buffer);
            }
        } catch (IOException e) {
            throw failure("unable to store message", e);
        }
        if (first == 0) {
            first = sequence;
        }
        last = sequence;
        lastTimestamp = timestamp;
        bytes += encodedMessage.length;
        applyLimits();
    }

    private void putRecord(long sequence, long timestamp, byte[] message) {
        ByteBuffer target = buffer.reserve(Segment.RECORD_OVERHEAD + message.length);
        int start = target.position();
        target.putInt(16 + message.length).putInt(0).putLong(sequence).putLong(timestamp).put(message);
        crc.reset();
        crc.update(target.duplicate().limit(target.position()).position(start + Frames.HEADER));
        target.putInt(start + 4, (int) crc.getValue());
    }

    private boolean needsNewSlice(Segment segment, int size, long timestamp) {
        if (segment == null) {
            return true;
        }
        if (segment.count() == 0) {
            return false;
        }
        return (slices.maxMsgs() > 0 && segment.count() >= slices.maxMsgs())
                || (slices.maxBytes() > 0 && segment.bytes() + size + Segment.ENTRY > slices.maxBytes())
                || (slices.maxAgeNanos() > 0 && timestamp - segment.timestamp(segment.base) >= slices.maxAgeNanos())
                || segment.end() + size > Segment.MAX_DATA_BYTES;
    }

    private Segment newSlice(long base) throws IOException {
        int number = 1;
        if (!segments.isEmpty()) {
            number = segments.get(segments.size() - 1).number + 1;
        }
        Segment previous = active;
        if (previous != null) {
            previous.write(buffer);
            previous.seal();
            sealed.add(previous);
        }
        Segment segment = Segment.create(directory, number, base);
        segments.add(segment);
        active = segment;
        directoryChanged = true;
        return segment;
    }

    @Override
    public void flush() throws StoreException {
        try {
            Segment segment = active;
            if (segment != null) {
                segment.write(buffer);
            }
            if (options.sync) {
                for (Segment done : sealed) {
                    done.force();
                }
                if (segment != null) {
                    segment.force();
                }
                if (directoryChanged) {
                    Directories.sync(directory);
                }
            }
            sealed.clear();
            directoryChanged = false;
            if (firstRemovedByAge) {
                channelFile = channelFile.withFirstSequence(first);
                channelFile.write(directory, options.sync);
                firstRemovedByAge = false;
            }
            for (Segment gone : dropped) {
                gone.delete();
            }
            dropped.clear();
        } catch (IOException e) {
            throw failure("unable to flush messages", e);
        }
    }

    @Override
    public byte[] get(long sequence) throws StoreException {
        if (count() == 0 || sequence < first || sequence > last) {
            return null;
        }
        byte[] cached = recent.get(sequence);
        if (cached != null) {
            return cached;
        }
        Segment segment = find(sequence);
        long offset = segment.offset(sequence);
        int size = (int) (segment.endOf(sequence) - offset);
        try {
            ByteBuffer record;
            if (offset >= segment.written()) {
                record = buffer.view((int) (offset - segment.written()), size);
            } else {
                limitOpenFiles(segment);
                record = reads.read(segment, offset, size);
            }
            return decode(segment, sequence, offset, record);
        } catch (IOException e) {
            throw failure("unable to read message " + sequence, e);
        }
    }

    private byte[] decode(Segment segment, long sequence, long offset, ByteBuffer record) throws StoreException {
        String problem = null;
        if (record.remaining() < Segment.RECORD_OVERHEAD || record.getInt(0) != record.remaining() - Frames.HEADER) {
            problem = "record length does not match the index";
        } else if (options.crc && Frames.crc(record.duplicate().position(Frames.HEADER)) != record.getInt(4)) {
            problem = "corrupted data, CRC mismatch";
        } else if (record.getLong(Frames.HEADER) != sequence) {
            problem = "record holds sequence " + record.getLong(Frames.HEADER) + " instead of " + sequence;
        }
        if (problem != null) {
            throw new StoreException("corrupted record in file \"" + segment.dataFile + "\" at offset " + offset
                    + ": " + problem);
        }
        byte[] message = new byte[record.remaining() - Segment.RECORD_OVERHEAD];
        record.get(Segment.RECORD_OVERHEAD, message);
        return message;
    }

    /** With a file descriptor limit, keeps at most one older slice open for reading. */
    private void limitOpenFiles(Segment reading) throws IOException {
        if (options.fdsLimit > 0 && reading != active && reading != openReader) {
            if (openReader != null && openReader != active && !sealed.contains(openReader)) {
                openReader.closeData();
            }
            openReader = reading;
        }
    }

    @Override
    public long first() {
        return first;
    }

    @Override
    public long last() {
        return last;
    }

    @Override
    public long count() {
        return first == 0 ? 0 : last - first + 1;
    }

    @Override
    public long bytes() {
        return bytes;
    }

    @Override
    public long sequenceAtOrAfter(long timestamp) {
        if (last == 0) {
            return 0;
        }
        if (count() == 0) {
            return last + 1;
        }
        int index = segmentIndex(first);
        // The first slice whose newest message is not older; every later one is not older either.
        while (index < segments.size() - 1) {
            Segment segment = segments.get(index);
            if (segment.count() > 0 && segment.timestamp(segment.lastSequence()) >= timestamp) {
                break;
            }
            index++;
        }
        Segment segment = segments.get(index);
        return segment.sequenceAtOrAfter(timestamp, Math.max(first, segment.base));
    }

    @Override
    public long firstTimestamp() {
        return count() == 0 ? 0 : find(first).timestamp(first);
    }

    @Override
    public long removeOlderThan(long timestamp) {
        if (count() == 0) {
            return 0;
        }
        long target = sequenceAtOrAfter(timestamp);
        long removed = target - first;
        if (removed > 0) {
            removeBefore(target);
            firstRemovedByAge = true;
        }
        return removed;
    }

    private void applyLimits() {
        long maxMsgs = limits.maxMsgs();
        if (maxMsgs > 0 && count() > maxMsgs) {
            removeBefore(last - maxMsgs + 1);
        }
        long maxBytes = limits.maxBytes();
        // The newest message stays even when it alone is over the byte limit.
        while (maxBytes > 0 && bytes > maxBytes && count() > 1) {
            removeBefore(first + 1);
        }
    }

    private void removeBefore(long newFirst) {
        bytes -= bytesBetween(first, newFirst);
        first = newFirst;
        while (segments.size() > 1 && segments.get(0).lastSequence() < first) {
            Segment gone = segments.remove(0);
            reads.forget(gone);
            sealed.remove(gone);
            if (gone == openReader) {
                openReader = null;
            }
            dropped.add(gone);
        }
    }

    /** The size of the encoded messages with sequences in [{@code from}, {@code to}). */
    private long bytesBetween(long from, long to) {
        long total = 0;
        for (int i = segmentIndex(from); i < segments.size() && from < to; i++) {
            Segment segment = segments.get(i);
            long end = Math.min(to, segment.lastSequence() + 1);
            if (end > from) {
                long endOffset = end == segment.lastSequence() + 1 ? segment.end() : segment.offset(end);
                total += endOffset - segment.offset(from) - (end - from) * Segment.RECORD_OVERHEAD;
            }
            from = end;
        }
        return total;
    }

    private Segment find(long sequence) {
        return segments.get(segmentIndex(sequence));
    }

    /** The index of the slice holding {@code sequence}: the last one starting at or before it. */
    private int segmentIndex(long sequence) {
        int low = 0;
        int high = segments.size() - 1;
        while (low < high) {
            int middle = (low + high + 1) >>> 1;
            if (segments.get(middle).base <= sequence) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        return low;
    }

    /** For the auto-sync thread: forces what the current slice has written. */
    void syncWritten() {
        Segment segment = active;
        if (segment != null) {
            segment.syncWritten();
        }
    }

    void close() throws StoreException {
        flush();
        try {
            for (Segment segment : segments) {
                segment.close();
            }
        } catch (IOException e) {
            throw failure("unable to close message files", e);
        }
    }

    private StoreException failure(String what, IOException e) {
        return new StoreException(what + " in \"" + directory + "\": " + e.getMessage(), e);
    }
}

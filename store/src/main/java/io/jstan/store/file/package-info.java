/**
 * The {@code FILE} store: jstan's own on-disk format (not upstream's), in one directory.
 *
 * <h2>Layout</h2>
 * <pre>
 * &lt;dir&gt;/
 *   .rootdir.lck        exclusive lock (FileChannel.tryLock) while a store has the directory open
 *   .truncate.lck       witness of a start with truncate-bad-EOF; a second such start in a row is refused
 *   server.dat          server information (one record)
 *   clients.dat         client log: add / delete records
 *   &lt;channel folder&gt;/   one per channel, see ChannelFolders for the name encoding
 *     channel.dat       real channel name, its limits, first sequence after removals by age
 *     subs.dat          subscription log: create / update / delete / add-pending / ack / last-id records
 *     msgs.N.dat        message slice N: records
 *     msgs.N.idx        index of slice N: one fixed-width entry per sequence
 * </pre>
 * Entries whose name starts with a dot are the store's own: {@code .new-*} and
 * {@code .deleted-*} folders are channel creations and deletions a crash interrupted, removed
 * at the next start, and {@code .*.tmp} / {@code .*.compact} files are replacements being written.
 *
 * <h2>Encoding</h2>
 * All numbers little-endian. Every file starts with a magic number (4 bytes, {@code JSSV},
 * {@code JSCL}, {@code JSCH}, {@code JSSB}, {@code JSMD}, {@code JSMI}) and the format version
 * (4 bytes, 1). A record is framed as: payload length (4), CRC32C of the payload (4), payload.
 * Strings are a length (4) and UTF-8 bytes; byte arrays a length and the bytes.
 * <ul>
 * <li>{@code server.dat}, {@code channel.dat}: one record, replaced whole through a temporary
 *     file and an atomic rename.</li>
 * <li>{@code clients.dat}, {@code subs.dat}: records whose payload starts with a type byte.
 *     Clients: 1 add (id, heartbeat inbox, connection id, protocol, ping interval, ping max out),
 *     2 delete (id). Subscriptions: 1 create and 2 update (id, client id, queue group, inbox, ack
 *     inbox, max in flight, ack wait, durable name, last sent, durable, closed), 3 delete (id),
 *     4 add pending and 5 ack (id, sequence), 6 last id (the highest id ever issued, first record
 *     of a compacted log).</li>
 * <li>{@code msgs.N.dat}: header then base sequence (8); records whose payload is sequence (8),
 *     timestamp (8), encoded message.</li>
 * <li>{@code msgs.N.idx}: header then base sequence (8); entry {@code s - base} at
 *     {@code 16 + 16 * (s - base)}: offset of the record in the data file (8), timestamp (8).
 *     Mapped in memory: lookup by sequence is O(1), by time a binary search.</li>
 * </ul>
 *
 * <h2>Writing</h2>
 * Appends go to a write buffer per file (growing to {@code bufferSize}). A message log's
 * {@code flush()} writes the buffer with one call and, with {@code sync}, forces the data
 * file with one fsync (plus, after a slice roll, the sealed slice and the directory). The
 * index of the slice being written is not forced: the next start rebuilds it from the data.
 * Client records are written and forced before {@code addClient} returns.
 *
 * <h2>Limits</h2>
 * Count and byte limits move the first sequence message by message as upstream does. A slice
 * whose messages are all gone is deleted after the next flush (the last slice never is: its
 * base sequence and entries keep the last sequence), so disk space is freed slice by slice.
 * Removals by age ({@code removeOlderThan}) persist the new first sequence in
 * {@code channel.dat}; removals by count and bytes are derived again from the limits at start.
 * Age expiry at start is the caller's: it calls {@code removeOlderThan}.
 *
 * <h2>Recovery</h2>
 * A slice other than the last was forced when sealed, and is trusted when its index is whole
 * and its last entry matches the last record of its data file: only that record is read.
 * Otherwise (index missing, short, or inconsistent) its index is rebuilt from the data file.
 * The last slice is always scanned with its CRCs and its index rebuilt. In scanned files a torn
 * tail (a record cut short, or zero padding) is cut off; any other bad record (CRC mismatch,
 * impossible length, wrong sequence) stops the start with the file and offset, unless
 * {@code truncateBadEof} is set: the file is then cut at the bad record and, for a message
 * slice, later slices are removed. A record in a trusted slice is checked (CRC, sequence) when
 * read, and a bad one is reported with file and offset.
 *
 * <h2>Compaction</h2>
 * {@code clients.dat} (on a delete) and {@code subs.dat} (on a flush) are rewritten with their
 * live records when compaction is enabled, the file is at least {@code compactMinSize}, garbage
 * records are at least {@code compactFragmentation} percent of all records, and
 * {@code compactInterval} has passed since the previous compaction of that file.
 *
 * <h2>Options not like upstream</h2>
 * CRCs are CRC32C (no {@code crc_poly}). The slice archive script is not supported yet. The
 * file descriptor limit is approximate: with a limit, a channel keeps open only its current
 * slice, its subscription log and one older slice for reading. Auto sync forces written data
 * of every channel when {@code sync} is off; it does not write buffered data.
 */
package io.jstan.store.file;

package io.jstan.store.file;

import io.jstan.store.StoreException;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.channels.FileChannel;
import java.nio.file.Path;

/**
 * The recovery rule for a scanned file: a torn tail, which a crash leaves behind unflushed
 * records, is cut off; a corrupted record refuses the open, naming the file and offset,
 * unless the store may truncate at the bad record (data after it is then lost).
 */
final class TailRepair {

    private static final System.Logger LOG = System.getLogger(TailRepair.class.getName());

    private TailRepair() {
    }

    /**
     * Applies the rule to {@code result}; returns true when the file was cut. {@code strict}
     * treats a torn tail as corruption: a file that was synced whole cannot have one.
     */
    static boolean apply(Path path, FileChannel file, FrameScanner.Result result, boolean strict,
            boolean truncateBadEof) throws StoreException, IOException {
        switch (result.stop()) {
            case END:
                return false;
            case TORN:
                if (!strict) {
                    LOG.log(Level.DEBUG, "Torn tail in file \"{0}\" at offset {1} ({2}), truncated",
                            path, result.validEnd(), result.reason());
                    file.truncate(result.validEnd());
                    return true;
                }
                break;
            default:
                break;
        }
        String problem = "file \"" + path + "\" at offset " + result.validEnd() + ": " + result.reason();
        if (!truncateBadEof) {
            throw new StoreException("unable to recover store, corrupted record in " + problem
                    + " (copy the store directory, then start with the truncate bad EOF option to cut the file there)");
        }
        LOG.log(Level.WARNING, "Corrupted record in {0}; file has been truncated to offset: {1}",
                problem, result.validEnd());
        file.truncate(result.validEnd());
        return true;
    }
}

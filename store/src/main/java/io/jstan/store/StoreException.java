package io.jstan.store;

/** A store operation failed; its message is what clients see in the error field of a response. */
public class StoreException extends Exception {

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}

package io.jstan.nats.monitor;

/** One monitoring path: turns query parameters into a response tree for {@link MonitorJson}. */
@FunctionalInterface
interface Endpoint {

    Object respond(QueryParams query) throws BadRequestException;
}

package org.summitry.platform.boundary;

/** Fired once at start-up when the schema is current and the database can be used. */
public record DatabaseReady() {}

package org.summitry.people.boundary;

/** A country as pages show it. */
public record CountryView(Long id, String code, String name) {}

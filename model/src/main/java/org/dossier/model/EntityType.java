package org.dossier.model;

/** Kinds of named entity; GROUP is an armed or political group, COUNTRY a sovereign state. */
public enum EntityType {
    PERSON, ORGANIZATION, LOCATION, COUNTRY, GROUP, EVENT, OTHER
}

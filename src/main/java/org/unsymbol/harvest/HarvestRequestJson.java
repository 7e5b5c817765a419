package org.unsymbol.harvest;

/**
 * The body of {@code POST /api/v1/harvests}, all optional: {@code mode} full or incremental (default: incremental,
 * from the last datestamp a completed harvest saw; a full harvest when none completed), {@code from} and
 * {@code until} OAI-PMH datestamps, {@code set} a setSpec.
 */
public record HarvestRequestJson(String mode, String from, String until, String set) {
}

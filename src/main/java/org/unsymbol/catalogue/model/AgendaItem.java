package org.unsymbol.catalogue.model;

/** An agenda item a document is issued under (MARC 991): the agenda's symbol, the item number and its title. */
public record AgendaItem(String agenda, String item, String title) {
}

package org.unsymbol.harvest;

/** Why a harvest cannot go on: the reason is what the harvest's {@code error} says. */
final class HarvestFailure extends Exception {

    HarvestFailure(String reason) {
        super(reason);
    }
}

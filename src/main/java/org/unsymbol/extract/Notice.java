package org.unsymbol.extract;

/** Something the extractor did or declined to do, with UTF-16 offsets into the original input. */
public record Notice(NoticeCode code, String message, int start, int end) {
}

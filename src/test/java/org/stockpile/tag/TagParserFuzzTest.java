package org.stockpile.tag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.stockpile.system.InvalidTagException;
import org.stockpile.system.TagCode;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/** The tag parser, fed anything for a bounded time: it refuses, or it reads a code that prints back to itself. */
class TagParserFuzzTest {

    @FuzzTest(maxDuration = "20s")
    void onlyEverRefusesOrReadsBack(FuzzedDataProvider data) {
        String scanned = data.consumeRemainingAsString();
        TagCode tag;
        try {
            tag = TagCode.parse(scanned);
        } catch (InvalidTagException expected) {
            return;
        }
        assertEquals(tag, TagCode.parse(tag.value()));
    }
}

package org.stockpile.person;

import java.util.List;

/**
 * What a person holds now: weapons issued to them and ammunition issued out to them. Implemented by the custody
 * feature, so that the persons registry does not depend on how custody is kept.
 */
public interface Holdings {

    /** The tags of every weapon and ammunition lot {@code person} holds, at any site; empty when none. */
    List<String> heldBy(Person person);
}

package org.stockpile.custody;

import java.util.List;
import java.util.stream.Collectors;

import org.stockpile.training.Certification;

/**
 * A commander's decision to let one operation through although certification was lacking: the commander's reason,
 * and what was lacking as one line per shortfall ({@link Certification.Shortfall#asLine()}). Both are kept in the
 * operation's events, and so in the hash chain.
 */
record CertificationOverride(String reason, String findings) {

    static CertificationOverride of(String reason, List<Certification.Shortfall> missing) {
        return new CertificationOverride(reason,
                missing.stream().map(Certification.Shortfall::asLine).collect(Collectors.joining("\n")));
    }
}

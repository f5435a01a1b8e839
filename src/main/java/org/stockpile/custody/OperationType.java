package org.stockpile.custody;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.stockpile.person.Person;
import org.stockpile.site.Site;
import org.stockpile.site.StorageLocation;
import org.stockpile.system.Messages;
import org.stockpile.system.problem.ProblemException;
import org.stockpile.weapon.Weapon;
import org.stockpile.weapon.Weapon.State;

/**
 * What a custody operation does to a weapon: the states it may start from and the state it leaves. Anything else
 * is refused. DESTROYED is final: no operation starts from it.
 */
public enum OperationType {
    RECEIPT(EnumSet.noneOf(State.class), State.IN_STORE),
    ISSUE(EnumSet.of(State.IN_STORE), State.ISSUED),
    RETURN(EnumSet.of(State.ISSUED), State.IN_STORE),
    DISPATCH(EnumSet.of(State.IN_STORE), State.IN_TRANSIT),
    RECEIVE(EnumSet.of(State.IN_TRANSIT), State.IN_STORE),
    MOVE(EnumSet.of(State.IN_STORE), State.IN_STORE),
    REPAIR_OUT(EnumSet.of(State.IN_STORE), State.UNDER_REPAIR),
    REPAIR_BACK(EnumSet.of(State.UNDER_REPAIR), State.IN_STORE),
    LOSS(EnumSet.of(State.IN_STORE, State.ISSUED, State.IN_TRANSIT, State.UNDER_REPAIR), State.LOST),
    THEFT(EnumSet.of(State.IN_STORE, State.ISSUED, State.IN_TRANSIT, State.UNDER_REPAIR), State.STOLEN),
    RECOVERY(EnumSet.of(State.LOST, State.STOLEN), State.IN_STORE),
    DESTRUCTION(EnumSet.of(State.IN_STORE, State.UNDER_REPAIR), State.DESTROYED),
    /** Ammunition only: rounds expended in training or operations. */
    CONSUMPTION(EnumSet.noneOf(State.class), null),
    /** Ammunition only: a balance corrected after a count. */
    ADJUSTMENT(EnumSet.noneOf(State.class), null),
    /** A weapon's record corrected in what identifies it, approved by a second person; its state does not change. */
    CORRECTION(EnumSet.noneOf(State.class), null);

    private final Set<State> from;
    private final State to;

    OperationType(Set<State> from, State to) {
        this.from = from;
        this.to = to;
    }

    public boolean allowedFrom(State state) {
        return from.contains(state);
    }

    public State to() {
        return to;
    }

    /**
     * What the operation does to a weapon's record: its state, who holds it, its site and where in it. An issue gives
     * it to {@code recipient}; a dispatch sends it towards {@code destination}; a receipt puts it at the destination,
     * at {@code location}; a loss or theft leaves it nowhere; a return, move, repair back or recovery puts it at
     * {@code location} when one is given and leaves it where it was otherwise.
     *
     * @throws IllegalStateException when the weapon is in a state the operation cannot start from: the caller
     *         refuses such an operation before anything is changed
     */
    public void carryOut(Weapon weapon, Person recipient, StorageLocation location, Site destination) {
        if (!allowedFrom(weapon.state)) {
            throw new IllegalStateException(this + " cannot start from " + weapon.state);
        }
        switch (this) {
            case ISSUE -> {
                weapon.holder = recipient;
                weapon.storageLocation = null;
            }
            case DISPATCH -> {
                weapon.destinationSite = destination;
                weapon.storageLocation = null;
            }
            case RECEIVE -> {
                weapon.site = weapon.destinationSite;
                weapon.destinationSite = null;
                weapon.storageLocation = location;
            }
            case LOSS, THEFT -> {
                weapon.holder = null;
                weapon.destinationSite = null;
                weapon.storageLocation = null;
            }
            case REPAIR_OUT, DESTRUCTION -> weapon.storageLocation = null;
            default -> {
                weapon.holder = null;
                if (location != null) {
                    weapon.storageLocation = location;
                }
            }
        }
        weapon.state = to;
    }

    /** The operation's name in URLs: {@code repair-out} for REPAIR_OUT. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Whether a weapon can undergo it through the custody API (a weapon's RECEIPT is its registration). */
    public boolean forWeapons() {
        return this != RECEIPT && to != null;
    }

    /** The operation named by a URL among those {@code offered}; 404 for any other name. */
    public static OperationType named(String slug, Predicate<OperationType> offered) {
        for (OperationType type : values()) {
            if (type.slug().equals(slug) && offered.test(type)) {
                return type;
            }
        }
        throw ProblemException.notFound(new Messages.Key("record.custody-operation"), slug);
    }

    /**
     * The weapon operation that a counter's scans call for when only one can: a badge and weapons in store are an
     * issue; a storage location and weapons in store, a move; weapons all issued, a return; all in transit, a
     * receipt; all under repair, a repair back; all lost or stolen, a recovery. Anything else (weapons in store
     * alone, or in mixed states) could be several operations, and the clerk chooses.
     */
    public static Optional<OperationType> suggestedFor(boolean badge, boolean location, Collection<State> states) {
        if (states.isEmpty() || badge && location) {
            return Optional.empty();
        }
        Set<State> distinct = EnumSet.copyOf(states);
        if (distinct.equals(EnumSet.of(State.IN_STORE))) {
            return badge ? Optional.of(ISSUE) : location ? Optional.of(MOVE) : Optional.empty();
        }
        if (badge) {
            return Optional.empty();
        }
        return Stream.of(RETURN, RECEIVE, REPAIR_BACK, RECOVERY)
                .filter(type -> distinct.stream().allMatch(type::allowedFrom)).findFirst();
    }
}

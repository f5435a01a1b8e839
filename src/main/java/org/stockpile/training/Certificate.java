package org.stockpile.training;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;

import org.stockpile.person.Person;
import org.stockpile.weapon.Weapon;

/**
 * What a pass gives: a certificate with a national number, held by a person for a course, valid from its issue day
 * through {@code validThrough} unless revoked. What it authorises is copied from the course when it is issued. The
 * database keeps it as issued: it changes only when it is revoked, once, with who and why.
 */
@Entity
public class Certificate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, updatable = false)
    public String number;

    /** Printed on the certificate and in its QR code: without it, a number alone verifies nothing. */
    @Column(nullable = false, updatable = false)
    public String verificationCode;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Person person;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Course course;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    public Enrolment enrolment;

    @Column(nullable = false, updatable = false)
    public LocalDate issuedOn;

    @Column(nullable = false, updatable = false)
    public LocalDate validThrough;

    @Column(nullable = false, updatable = false)
    public String issuedBy;

    @Column(nullable = false, updatable = false)
    public OffsetDateTime issuedAt;

    public LocalDate revokedOn;
    public String revokedReason;
    public String revokedBy;
    public OffsetDateTime revokedAt;

    @ElementCollection
    @CollectionTable(name = "certificate_authorised_role", joinColumns = @JoinColumn(name = "certificate_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false)
    public Set<AuthorisedRole> authorisedRoles = EnumSet.noneOf(AuthorisedRole.class);

    @ElementCollection
    @CollectionTable(name = "certificate_weapon_type", joinColumns = @JoinColumn(name = "certificate_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "weapon_type", nullable = false)
    public Set<Weapon.Type> weaponTypes = EnumSet.noneOf(Weapon.Type.class);

    public CertificateValidity validity() {
        return new CertificateValidity(issuedOn, validThrough, revokedOn);
    }
}

package org.stockpile.site;

import jakarta.persistence.Entity;

/** An administrative region (Bamako, Kayes, … Taoudénit); inspectors' scope may be a set of regions. */
@Entity
public class Region extends CodedRecord {
}

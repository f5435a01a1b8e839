package org.stockpile.site;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A security force that owns sites and weapons (Police nationale, Gendarmerie nationale, FAMa, …). */
@Entity
@Table(name = "force")
public class Force extends CodedRecord {
}

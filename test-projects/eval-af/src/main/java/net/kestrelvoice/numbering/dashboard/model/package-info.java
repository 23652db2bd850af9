/**
 * JAXB bindings of the dashboard payloads we send and receive. Element names follow the
 * carrier's XSDs; only the elements the gateway needs are mapped.
 */
@XmlAccessorType(XmlAccessType.FIELD)
package net.kestrelvoice.numbering.dashboard.model;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;

/**
 * Report writers: SARIF 2.1.0, a plain JSON shape (with its schema), Markdown for pull-request comments and one
 * self-contained HTML page, behind one facade, {@link io.github.irismigrate.report.Reports}. Every writer passes text
 * taken from scanned code through {@link io.github.irismigrate.report.SecretMasker}. Independent of Maven, so any
 * front end can write the same files.
 */
@NullMarked
package io.github.irismigrate.report;

import org.jspecify.annotations.NullMarked;

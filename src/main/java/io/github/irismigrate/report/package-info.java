/**
 * Report writers: SARIF 2.1.0 and a plain JSON shape (with its schema), behind one facade, {@link
 * io.github.irismigrate.report.Reports}. Independent of Maven, so any front end can write the same files.
 */
@NullMarked
package io.github.irismigrate.report;

import org.jspecify.annotations.NullMarked;

/** The rule catalog shared by recipes, engine and reports. */
@NullMarked
package io.github.irismigrate.catalog;

import org.jspecify.annotations.NullMarked;

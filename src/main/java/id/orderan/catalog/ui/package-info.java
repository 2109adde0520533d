@NullMarked
package id.orderan.catalog.ui;

import org.jspecify.annotations.NullMarked;

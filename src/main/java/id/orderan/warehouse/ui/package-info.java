@NullMarked
package id.orderan.warehouse.ui;

import org.jspecify.annotations.NullMarked;

@NullMarked
package id.orderan.document.ui;

import org.jspecify.annotations.NullMarked;

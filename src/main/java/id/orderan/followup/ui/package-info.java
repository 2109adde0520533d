@NullMarked
package id.orderan.followup.ui;

import org.jspecify.annotations.NullMarked;

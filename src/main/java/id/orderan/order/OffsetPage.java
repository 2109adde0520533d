package id.orderan.order;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/** A Pageable at any offset (a lazy grid's offset need not be a multiple of its page size). */
record OffsetPage(long offset, int size) implements Pageable {

    @Override
    public int getPageNumber() {
        return (int) (offset / size);
    }

    @Override
    public int getPageSize() {
        return size;
    }

    @Override
    public long getOffset() {
        return offset;
    }

    @Override
    public Sort getSort() {
        return Sort.unsorted();
    }

    @Override
    public Pageable next() {
        return new OffsetPage(offset + size, size);
    }

    @Override
    public Pageable previousOrFirst() {
        return offset < size ? first() : new OffsetPage(offset - size, size);
    }

    @Override
    public Pageable first() {
        return new OffsetPage(0, size);
    }

    @Override
    public Pageable withPage(int pageNumber) {
        return new OffsetPage((long) pageNumber * size, size);
    }

    @Override
    public boolean hasPrevious() {
        return offset > 0;
    }
}

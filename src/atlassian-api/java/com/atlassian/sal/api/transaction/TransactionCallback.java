package com.atlassian.sal.api.transaction;

/** Stand-in. Source: [C DEC sal-api-5.1.4]. */
public interface TransactionCallback<T> {
    T doInTransaction();
}

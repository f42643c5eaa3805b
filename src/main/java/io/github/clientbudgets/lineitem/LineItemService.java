package io.github.clientbudgets.lineitem;

import java.util.List;

/**
 * The team's side of a budget's line items. Every method takes the calling user's key and checks his rights as
 * {@code budget.BudgetService} does: reads need browse on the project (else NotFoundException), writes need the right
 * to manage the budget (else ForbiddenException). Bad input: ValidationException, nothing written.
 */
public interface LineItemService {
    List<LineItem> lineItems(String caller, long budgetId);

    LineItem create(String caller, long budgetId, LineItemInput input);

    LineItem update(String caller, long lineItemId, LineItemInput input);

    /** Refused (ConflictException) for the default of a budget with others, and for a line item with time. */
    void delete(String caller, long lineItemId);
}

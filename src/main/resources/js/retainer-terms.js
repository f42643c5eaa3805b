/*
 * Client Budgets for Jira: a retainer's terms in the budget form (new budget on the project page, edit on the budget
 * page). The fields show for the type "Retainer" only, the cap only with a rollover rule; they have no name, so the
 * form's own fields stay flat, and they are sent as one object, "retainer", as the REST API takes it. A retainer
 * whose hours, fee and cap are all left empty is sent without terms (its budget keeps whatever it had).
 */
(function () {
    'use strict';
    var cb = window.ClientBudgets;

    function termsOf(form) {
        return form.querySelector('.cb-retainer-terms');
    }

    function isRetainer(form) {
        return form.elements.type && form.elements.type.value === 'RETAINER';
    }

    cb.addBodyPart(function (form, body) {
        var terms = termsOf(form);
        if (!terms || !isRetainer(form)) {
            return;
        }
        var retainer = {};
        var given = false;
        terms.querySelectorAll('[data-retainer]').forEach(function (el) {
            var value = el.value.trim();
            if (value !== '' && !el.closest('[hidden]')) {
                retainer[el.getAttribute('data-retainer')] = value;
                given = given || el.getAttribute('data-retainer-given') === 'true';
            }
        });
        if (given) {
            body.retainer = retainer;
        }
    });

    cb.onReady(function () {
        document.querySelectorAll('.cb-retainer-terms').forEach(function (terms) {
            var form = terms.closest('form');
            var rule = terms.querySelector('[data-retainer=rollover]');
            var cap = terms.querySelector('.cb-retainer-cap');
            function show() {
                terms.hidden = !isRetainer(form);
                cap.hidden = rule.value === 'NONE';
            }
            if (form.elements.type) { form.elements.type.addEventListener('change', show); }
            rule.addEventListener('change', show);
            show();
        });
    });
}());

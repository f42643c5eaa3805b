/*
 * Client Budgets for Jira: the sign-off state per month (portal and team budget page; web-resource "sign-offs",
 * needs core). Lists the months from the REST API; on the portal a Client Manager signs a month after a confirm
 * step (a JSON POST: Jira's XSRF rules for REST). Every text is set with textContent.
 */
(function () {
    'use strict';
    var cb = window.ClientBudgets;
    if (!cb || cb.signOffs) {
        return;
    }

    function text(root, name, args) {
        var value = root.getAttribute('data-text-' + name) || '';
        (args || []).forEach(function (arg, i) { value = value.split('{' + i + '}').join(arg); });
        return value;
    }

    function cell(row, content) {
        var td = document.createElement('td');
        if (typeof content === 'string') {
            td.textContent = content;
        } else if (content) {
            td.appendChild(content);
        }
        row.appendChild(td);
        return td;
    }

    function lozenge(label, kind, className) {
        var span = document.createElement('span');
        span.className = 'aui-lozenge ' + kind + ' ' + className;
        span.textContent = label;
        return span;
    }

    function link(href, label, className) {
        var a = document.createElement('a');
        a.href = href;
        a.textContent = label;
        a.className = className;
        return a;
    }

    function signOffs(root) {
        var mode = root.getAttribute('data-mode');
        var budget = root.getAttribute('data-budget-id');
        var base = root.getAttribute('data-base-url') || '';
        var path = (mode === 'portal' ? '/portal/budgets/' : '/budgets/') + encodeURIComponent(budget) + '/sign-offs';
        var body = root.querySelector('#cb-sign-off-months tbody');
        var empty = root.querySelector('#cb-sign-offs-empty');
        var confirm = root.querySelector('#cb-sign-off-confirm');
        var chosen = null;

        function render(reply) {
            while (body.firstChild) { body.removeChild(body.firstChild); }
            var months = reply.status === 200 && reply.json ? reply.json.months : [];
            empty.classList.toggle('cb-hidden', months.length > 0);
            months.forEach(function (m) {
                var row = document.createElement('tr');
                row.setAttribute('data-period', m.period);
                var s = m.signOff;
                row.setAttribute('data-state', s ? s.state : 'NONE');
                cell(row, m.period);
                cell(row, m.hours);
                cell(row, m.amount + ' ' + m.currency);
                var state = document.createElement('span');
                if (!s) {
                    state.appendChild(lozenge(text(root, 'none'), '', 'cb-sign-off-none'));
                } else if (s.state === 'SIGNED') {
                    state.appendChild(lozenge(text(root, 'signed'), 'aui-lozenge-success', 'cb-sign-off-signed'));
                } else {
                    state.appendChild(lozenge(text(root, 'superseded'), 'aui-lozenge-moved', 'cb-sign-off-superseded'));
                }
                if (m.locked) {
                    state.appendChild(document.createTextNode(' '));
                    state.appendChild(lozenge(m.toInvoice ? text(root, 'to-invoice') : text(root, 'locked'),
                        m.toInvoice ? 'aui-lozenge-current' : 'aui-lozenge-subtle', m.toInvoice ? 'cb-to-invoice' : 'cb-locked'));
                }
                if (s) {
                    var who = document.createElement('div');
                    who.className = 'description cb-signed-by';
                    who.textContent = text(root, 'signed-by', [s.signedByName || s.signedBy, s.signedAt.substring(0, 10)]);
                    state.appendChild(who);
                }
                cell(row, state);
                var digest = document.createElement('code');
                digest.className = 'cb-digest';
                digest.textContent = s ? s.digest.substring(0, 16) + '…' : '';
                if (s) { digest.title = s.digest; }
                cell(row, digest);
                var actions = document.createElement('span');
                if (s) {
                    var statement = base + '/plugins/servlet/client-budgets/statement/' + s.id;
                    actions.appendChild(link(statement, text(root, 'statement'), 'cb-statement-link'));
                    actions.appendChild(document.createTextNode(' · '));
                    actions.appendChild(link(statement + '.csv', text(root, 'csv'), 'cb-statement-csv'));
                }
                if (m.maySign) {
                    var sign = document.createElement('button');
                    sign.type = 'button';
                    sign.className = 'aui-button cb-sign-off';
                    sign.textContent = s ? text(root, 'renew') : text(root, 'sign');
                    sign.addEventListener('click', function () { ask(m); });
                    actions.appendChild(document.createTextNode(' '));
                    actions.appendChild(sign);
                }
                cell(row, actions);
                body.appendChild(row);
            });
        }

        function load() {
            cb.rest(root, 'GET', path + '/months').then(render);
        }

        function ask(month) {
            chosen = month;
            root.querySelector('#cb-sign-off-confirm-text').textContent =
                text(root, 'confirm', [month.period, month.hours + ' h, ' + month.amount + ' ' + month.currency]);
            confirm.classList.remove('cb-hidden');
            root.querySelector('#cb-sign-off-yes').focus();
        }

        root.querySelector('#cb-sign-off-no').addEventListener('click', function () {
            chosen = null;
            confirm.classList.add('cb-hidden');
        });
        root.querySelector('#cb-sign-off-yes').addEventListener('click', function () {
            if (!chosen) { return; }
            var yes = this;
            yes.disabled = true;
            cb.rest(root, 'POST', path, {period: chosen.period}).then(function (reply) {
                yes.disabled = false;
                chosen = null;
                confirm.classList.add('cb-hidden');
                if (reply.status !== 200 && reply.status !== 201) {
                    var errors = reply.json && reply.json.errors;
                    window.alert(errors ? Object.keys(errors).map(function (k) { return errors[k]; }).join('\n')
                        : text(root, 'failed') + ' (' + reply.status + ')');
                }
                load();
            });
        });
        load();
    }

    cb.signOffs = signOffs;
    cb.onReady(function () {
        var root = document.getElementById('cb-sign-offs');
        if (root) {
            signOffs(root);
        }
    });
}());

"""The audit history: every change to organisations, sites, offers, schedules, areas and
memberships — who, when, through which door, what changed (before and after).

Recording (nothing to call in domain code)
    The models listed in `registry.AUDITED` are recorded automatically, in the transaction of
    the change: single saves, deletions (with their cascades) and many-to-many changes through
    model signals (`signals`); `update()`, `bulk_update()`, `bulk_create()` and `delete()` of
    querysets through their manager (`objects = AuditedManager()`, see `managers`), also from
    related managers (`service.schedules.update(…)`). One entry per affected row, inserted in
    bulk; unchanged rows and automatic fields (uuid, created/updated timestamps) are no change;
    fields named like password/secret/token are never recorded. A domain function that runs in
    `transaction.atomic()` gets its entries committed or rolled back with its change.

    Not recorded: rows written straight into automatic many-to-many tables
    (`Service.languages.through.objects.bulk_create`, as the demo writer does; use the relation
    managers to have them recorded), `bulk_create(ignore_conflicts/update_conflicts)` (refused
    while recording), raw saves (fixtures) and the SET_NULL updates Django's deletion collector
    makes (e.g. member organisations of a deleted umbrella organisation).

Who acts
    Web requests: `famkoop.audit.middleware.AuditContextMiddleware` (after
    AuthenticationMiddleware) records the logged-in user, source "web", or "admin" under the
    Django admin. Imports, tasks, management commands::

        from famkoop.audit.context import acting
        from famkoop.audit.models import Source

        with acting(user=request.user, source=Source.IMPORT):   # or Source.SYSTEM / COMMAND
            import_rows(...)

    What `acting()` does not name is kept from the enclosing context. `acting(record=False)`
    switches recording off: only for generators of synthetic data (`generate_scale`).

Showing the history (views stay behind the permission policy)
    from famkoop.audit.history import entries_visible_to, history_for, render_history

    entries = history_for(service)           # the offer with its schedules, sites, translations
    entries = entries_visible_to(entries, organizations_the_policy_allows)
    page = entries[:50]

    In a template: ``{% load audit %}{% audit_history page caption=_("Verlauf") %}``, or in
    Python ``render_history(page, caption=…, request=request)``. The partial is
    `audit/_history.html`: a table Wer / Wann / Was / vorher / nachher with German field and
    choice labels, and "Noch keine Änderungen aufgezeichnet." when empty.
    `history_for(organization)` holds the organisation, its sites, areas and memberships;
    everything of an organisation (offers included) is
    ``AuditEntry.objects.filter(organization=organization)``.
"""

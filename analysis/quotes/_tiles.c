/* Optional native parts of the quote engine: the tokenizer of analysis/quotes/scan.py and
 * the quote-mark pairing of analysis/quotes/marks.py (same results, several times faster).
 *
 * tile(text, lead, watch, marks, abbreviations, elisions, pronouns) walks ``text`` from
 * ``lead`` once and returns the lists scan() otherwise builds from _TILE_RE.findall:
 * (words, starts, low, watched, breaks, caps). It follows the branches of _TILE_RE in
 * their order (first branch that matches wins, as in the regex); the regex stays the
 * definition, and tests/test_quotes_scan_native.py checks the two agree on random text.
 * Character classes are the regex's: \w is Py_UNICODE_ISALNUM or '_', \s Py_UNICODE_ISSPACE,
 * [A-Z] and [a-z] ASCII; the elisions compare as (?i) does (ſ is s, İ and ı are i).
 * The words lists are data passed in by scan.py, not kept here.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <structmember.h> /* PyMember_SetOne */

#define RSQ 0x2019 /* ’ */

typedef struct {
    int kind;
    const void *data;
    Py_ssize_t n;
} Text;

static inline Py_UCS4 at(const Text *t, Py_ssize_t i) { return PyUnicode_READ(t->kind, t->data, i); }
static inline int is_word(Py_UCS4 c) {
    if (c < 128) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    return Py_UNICODE_ISALNUM(c);
}
static inline int is_upper_ascii(Py_UCS4 c) { return c >= 'A' && c <= 'Z'; }
static inline int is_lower_ascii(Py_UCS4 c) { return c >= 'a' && c <= 'z'; }
static inline int is_letter_ascii(Py_UCS4 c) { return is_upper_ascii(c) || is_lower_ascii(c); }
static inline int is_apostrophe(Py_UCS4 c) { return c == '\'' || c == RSQ; }

/* Scans over a text's code units, one loop a kind: the kind tested once, not at every
   character as at() does (these loops read every character of the text). */
#define KIND_LOOP(t, T, BODY)                                                                    \
    switch ((t)->kind) {                                                                        \
    case PyUnicode_1BYTE_KIND: { const Py_UCS1 *T = (const Py_UCS1 *)(t)->data; BODY } break;   \
    case PyUnicode_2BYTE_KIND: { const Py_UCS2 *T = (const Py_UCS2 *)(t)->data; BODY } break;   \
    default: { const Py_UCS4 *T = (const Py_UCS4 *)(t)->data; BODY } break;                     \
    }

static Py_ssize_t word_run(const Text *t, Py_ssize_t i) {
    KIND_LOOP(t, d, {
        while (i < t->n && is_word(d[i])) i++;
    })
    return i;
}

/* text[a:b] equals the str s (compared code point by code point) */
static int equals(const Text *t, Py_ssize_t a, Py_ssize_t b, PyObject *s) {
    Py_ssize_t len = PyUnicode_GET_LENGTH(s);
    if (len != b - a) return 0;
    int kind = PyUnicode_KIND(s);
    const void *data = PyUnicode_DATA(s);
    for (Py_ssize_t k = 0; k < len; k++)
        if (PyUnicode_READ(kind, data, k) != at(t, a + k)) return 0;
    return 1;
}

/* text[a:b] is one of the strs in the tuple */
static int in_tuple(const Text *t, Py_ssize_t a, Py_ssize_t b, PyObject *tuple) {
    Py_ssize_t m = PyTuple_GET_SIZE(tuple);
    for (Py_ssize_t k = 0; k < m; k++)
        if (equals(t, a, b, PyTuple_GET_ITEM(tuple, k))) return 1;
    return 0;
}

static Py_UCS4 fold(Py_UCS4 c) {
    if (is_upper_ascii(c)) return c + 32;
    if (c == 0x17F) return 's';
    if (c == 0x130 || c == 0x131) return 'i';
    return c;
}

/* text[a:b] is one of the (lowercase ASCII) elisions, compared as (?i) compares */
static int is_elision(const Text *t, Py_ssize_t a, Py_ssize_t b, PyObject *elisions) {
    Py_ssize_t m = PyTuple_GET_SIZE(elisions);
    for (Py_ssize_t k = 0; k < m; k++) {
        PyObject *s = PyTuple_GET_ITEM(elisions, k);
        Py_ssize_t len = PyUnicode_GET_LENGTH(s);
        if (len != b - a) continue;
        int kind = PyUnicode_KIND(s);
        const void *data = PyUnicode_DATA(s);
        Py_ssize_t j = 0;
        while (j < len && fold(at(t, a + j)) == PyUnicode_READ(kind, data, j)) j++;
        if (j == len) return 1;
    }
    return 0;
}

/* (?:-(?!t-PRON\b|PRON\b(?![-'’]))\w+)*(?:['’](?!s\b)\w+)* after a word ending at e */
static Py_ssize_t word_tail(const Text *t, Py_ssize_t e, PyObject *pronouns) {
    Py_ssize_t n = t->n;
    while (e + 1 < n && at(t, e) == '-' && is_word(at(t, e + 1))) {
        Py_ssize_t s = e + 1, r = word_run(t, s);
        if (r == s + 1 && at(t, s) == 't' && r + 1 < n && at(t, r) == '-'
            && in_tuple(t, r + 1, word_run(t, r + 1), pronouns))
            break; /* "a-t-il" */
        if (in_tuple(t, s, r, pronouns) && !(r < n && (at(t, r) == '-' || is_apostrophe(at(t, r)))))
            break; /* "dit-il" */
        e = r;
    }
    while (e + 1 < n && is_apostrophe(at(t, e)) && is_word(at(t, e + 1))) {
        Py_ssize_t s = e + 1, r = word_run(t, s);
        if (r == s + 1 && at(t, s) == 's') break; /* "Trump's" */
        e = r;
    }
    return e;
}

/* end of the token that starts at p (text[p] is no blank but maybe a line feed) */
static Py_ssize_t token_end(const Text *t, Py_ssize_t p, PyObject *abbreviations, PyObject *elisions,
                            PyObject *pronouns) {
    Py_ssize_t n = t->n;
    Py_UCS4 c = at(t, p);
    if (is_word(c)) {
        Py_ssize_t r = word_run(t, p);
        if (r == n) return r;
        Py_UCS4 d = at(t, r);
        if (d != '.' && d != '-' && !is_apostrophe(d)) return r; /* \w++(?![.'’-]) */
        if (d == '.' && is_letter_ascii(c)) { /* r == p + 1 */
            Py_ssize_t j = p;
            while (j + 1 < n && is_letter_ascii(at(t, j)) && at(t, j + 1) == '.') j += 2;
            if (j - p >= 4) return j; /* (?:[A-Za-z]\.){2,} */
            if (is_upper_ascii(c)) {
                if (p + 4 < n && at(t, p + 2) == '-' && is_upper_ascii(at(t, p + 3)) && at(t, p + 4) == '.')
                    return p + 5; /* [A-Z]\.-[A-Z]\. */
                j = p + 2;
                while (j < n && Py_UNICODE_ISSPACE(at(t, j))) j++;
                if (j > p + 2 && j < n && is_upper_ascii(at(t, j))) return p + 2; /* [A-Z]\.(?=\s+[A-Z]) */
            }
        }
        if (d == '-' && r == p + 1 && is_upper_ascii(c)) { /* \b[A-Z]-(?:[A-Z][a-z]*\.)+ */
            Py_ssize_t j = p + 2, got = 0;
            while (j < n && is_upper_ascii(at(t, j))) {
                Py_ssize_t k = j + 1;
                while (k < n && is_lower_ascii(at(t, k))) k++;
                if (k < n && at(t, k) == '.') {
                    j = k + 1;
                    got = 1;
                } else
                    break;
            }
            if (got) return j;
        }
        Py_ssize_t m = PyTuple_GET_SIZE(abbreviations); /* \b(?:Mr|…)\. */
        for (Py_ssize_t k = 0; k < m; k++) {
            PyObject *s = PyTuple_GET_ITEM(abbreviations, k);
            Py_ssize_t len = PyUnicode_GET_LENGTH(s);
            if (p + len < n && at(t, p + len) == '.' && equals(t, p, p + len, s)) return p + len + 1;
        }
        if (is_apostrophe(d) && r + 1 < n && is_word(at(t, r + 1)) && is_elision(t, p, r, elisions))
            return r + 1; /* l' qu’ */
        return word_tail(t, r, pronouns);
    }
    if (c == '\n') {
        Py_ssize_t j = p;
        while (j < n && at(t, j) == '\n') j++;
        return j;
    }
    if (c == '-' && p + 1 < n) {
        if (at(t, p + 1) == 't' && p + 2 < n && at(t, p + 2) == '-') {
            Py_ssize_t r = word_run(t, p + 3);
            if (in_tuple(t, p + 3, r, pronouns)) return r; /* -t-il */
        }
        Py_ssize_t r = word_run(t, p + 1);
        if (in_tuple(t, p + 1, r, pronouns) && !(r < n && (at(t, r) == '-' || is_apostrophe(at(t, r)))))
            return r; /* -il */
    }
    if (is_apostrophe(c) && p + 1 < n && at(t, p + 1) == 's' && (p + 2 == n || !is_word(at(t, p + 2))))
        return p + 2; /* 's */
    return p + 1;
}

static int append_index(PyObject *list, Py_ssize_t i) {
    PyObject *v = PyLong_FromSsize_t(i);
    if (v == NULL) return -1;
    int rc = PyList_Append(list, v);
    Py_DECREF(v);
    return rc;
}

/* str.lower() with ’ folded to ', or word itself when that changes nothing. Each code
 * point's full lowercase is its simple one but for İ (two code points) and Σ (final
 * sigma depends on the neighbours): words with those ask str.lower(). */
static PyObject *lowered(PyObject *word) {
    Py_ssize_t len = PyUnicode_GET_LENGTH(word);
    int kind = PyUnicode_KIND(word);
    const void *data = PyUnicode_DATA(word);
    int same = 1;
    Py_UCS4 maxchar = 0;
    for (Py_ssize_t k = 0; k < len; k++) {
        Py_UCS4 c = PyUnicode_READ(kind, data, k), l;
        if (c < 128) {
            l = is_upper_ascii(c) ? c + 32 : c;
        } else if (c == 0x130 || c == 0x3A3) {
            PyObject *low = PyObject_CallMethod(word, "lower", NULL);
            if (low == NULL || PyUnicode_FindChar(low, RSQ, 0, PyUnicode_GET_LENGTH(low), 1) == -1) return low;
            PyObject *from = PyUnicode_FromOrdinal(RSQ), *to = PyUnicode_FromOrdinal('\'');
            PyObject *out = (from && to) ? PyUnicode_Replace(low, from, to, -1) : NULL;
            Py_XDECREF(from);
            Py_XDECREF(to);
            Py_DECREF(low);
            return out;
        } else {
            l = c == RSQ ? '\'' : Py_UNICODE_TOLOWER(c);
        }
        if (l != c) same = 0;
        if (l > maxchar) maxchar = l;
    }
    if (same) {
        Py_INCREF(word);
        return word;
    }
    PyObject *out = PyUnicode_New(len, maxchar);
    if (out == NULL) return NULL;
    int okind = PyUnicode_KIND(out);
    void *odata = PyUnicode_DATA(out);
    for (Py_ssize_t k = 0; k < len; k++) {
        Py_UCS4 c = PyUnicode_READ(kind, data, k);
        PyUnicode_WRITE(okind, odata, k, c < 128 ? (is_upper_ascii(c) ? c + 32 : c)
                                                 : (c == RSQ ? '\'' : Py_UNICODE_TOLOWER(c)));
    }
    return out;
}

/* ---- a memo of the frequent tokens: their str, lowered str and watch flags ----
 * Function words and punctuation make most of a text's tokens. tile() keeps the tokens it
 * made (up to WMAX code points) in a table a (watch, marks) pair of frozensets, which it
 * holds: a token seen before is found by its code points, with no new str, no lowering,
 * no set look-up; the lists get the same (equal) strs. Bounded: past WFILL entries a table
 * takes no more (hostile text of new words only misses), and four pairs are kept. */
#define WBITS 12
#define WSIZE (1 << WBITS)
#define WFILL (WSIZE / 2)
#define WMAX 24
#define WPAIRS 4

typedef struct {
    PyObject *word, *low; /* NULL: empty */
    uint64_t h;
    char seen, brk;
} WEntry;

typedef struct {
    PyObject *watch, *marks; /* held; NULL: unused */
    WEntry *tab;
    Py_ssize_t used;
    unsigned long stamp;
} WTable;

static WTable wtables[WPAIRS];
static unsigned long wstamp;

static void wtable_reset(WTable *w) {
    if (w->tab != NULL)
        for (Py_ssize_t k = 0; k < WSIZE; k++) {
            Py_CLEAR(w->tab[k].word);
            Py_CLEAR(w->tab[k].low);
        }
    Py_CLEAR(w->watch);
    Py_CLEAR(w->marks);
    w->used = 0;
}

/* the table of the pair, or NULL (sets that may change, or no memory: no memo then) */
static WTable *wtable_for(PyObject *watch, PyObject *marks) {
    if (!PyFrozenSet_CheckExact(watch) || !PyFrozenSet_CheckExact(marks)) return NULL;
    WTable *victim = &wtables[0];
    for (int k = 0; k < WPAIRS; k++) {
        WTable *w = &wtables[k];
        if (w->watch == watch && w->marks == marks) {
            w->stamp = ++wstamp;
            return w;
        }
        if (w->stamp < victim->stamp) victim = w;
    }
    wtable_reset(victim);
    if (victim->tab == NULL) {
        victim->tab = PyMem_Calloc(WSIZE, sizeof(WEntry));
        if (victim->tab == NULL) return NULL;
    }
    Py_INCREF(watch);
    Py_INCREF(marks);
    victim->watch = watch;
    victim->marks = marks;
    victim->stamp = ++wstamp;
    return victim;
}

static uint64_t whash(const Text *t, Py_ssize_t a, Py_ssize_t b) {
    uint64_t h = 1469598103934665603ULL; /* FNV-1a over the code points */
    KIND_LOOP(t, d, {
        for (Py_ssize_t k = a; k < b; k++) h = (h ^ d[k]) * 1099511628211ULL;
    })
    return h;
}

/* the entry of text[a:b] (h its whash), or the empty slot where it would go */
static WEntry *wfind(WTable *w, const Text *t, Py_ssize_t a, Py_ssize_t b, uint64_t h) {
    Py_ssize_t k = (Py_ssize_t)(h & (WSIZE - 1));
    while (w->tab[k].word != NULL) {
        if (w->tab[k].h == h && equals(t, a, b, w->tab[k].word)) return &w->tab[k];
        k = (k + 1) & (WSIZE - 1);
    }
    return &w->tab[k];
}

/* The per-token lists are gathered in C arrays and made lists once, at their size: no
   append (a call and a capacity check) a token. A Vec owns the references it holds. */
typedef struct {
    PyObject **items;
    Py_ssize_t len, cap;
} Vec;

static int vec_push(Vec *v, PyObject *o) { /* steals o, even on failure */
    if (v->len == v->cap) {
        Py_ssize_t cap = v->cap ? 2 * v->cap : 512;
        PyObject **items = PyMem_Realloc(v->items, (size_t)cap * sizeof(PyObject *));
        if (items == NULL) {
            Py_DECREF(o);
            PyErr_NoMemory();
            return -1;
        }
        v->items = items;
        v->cap = cap;
    }
    v->items[v->len++] = o;
    return 0;
}

static PyObject *vec_list(Vec *v) { /* the list of the items, which it takes over */
    PyObject *list = PyList_New(v->len);
    if (list == NULL) return NULL;
    for (Py_ssize_t k = 0; k < v->len; k++) PyList_SET_ITEM(list, k, v->items[k]);
    v->len = 0;
    return list;
}

static void vec_free(Vec *v) {
    for (Py_ssize_t k = 0; k < v->len; k++) Py_DECREF(v->items[k]);
    PyMem_Free(v->items);
    v->items = NULL;
    v->len = v->cap = 0;
}

static PyObject *tile(PyObject *self, PyObject *args) {
    (void)self;
    PyObject *text, *watch, *marks, *abbreviations, *elisions, *pronouns;
    Py_ssize_t p;
    if (!PyArg_ParseTuple(args, "UnOOO!O!O!", &text, &p, &watch, &marks, &PyTuple_Type, &abbreviations,
                          &PyTuple_Type, &elisions, &PyTuple_Type, &pronouns))
        return NULL;
    if (!PyAnySet_Check(watch) || !PyAnySet_Check(marks)) {
        PyErr_SetString(PyExc_TypeError, "watch and marks must be sets");
        return NULL;
    }
    Text t = {PyUnicode_KIND(text), PyUnicode_DATA(text), PyUnicode_GET_LENGTH(text)};
    Vec wv = {NULL, 0, 0}, lv = {NULL, 0, 0}, sv = {NULL, 0, 0};
    PyObject *words = NULL, *starts = NULL, *low = NULL;
    PyObject *watched = PyList_New(0), *breaks = PyList_New(0), *caps = PyList_New(0);
    if (!watched || !breaks || !caps) goto fail;
    WTable *memo = wtable_for(watch, marks);
    Py_ssize_t i = 0;
    while (p < t.n) {
        Py_UCS4 c = at(&t, p);
        if (c != '\n' && Py_UNICODE_ISSPACE(c)) { /* never after scan's lead: kept safe */
            p++;
            continue;
        }
        Py_ssize_t e = token_end(&t, p, abbreviations, elisions, pronouns);
        WEntry *slot = NULL;
        PyObject *w, *lw;
        int seen, brk;
        if (memo != NULL && c != '\n' && e - p <= WMAX) {
            uint64_t h = whash(&t, p, e);
            slot = wfind(memo, &t, p, e, h);
            if (slot->word == NULL)
                slot->h = h;
        }
        if (slot != NULL && slot->word != NULL) { /* a token seen before */
            w = slot->word;
            lw = slot->low;
            Py_INCREF(w);
            Py_INCREF(lw);
            seen = slot->seen;
            brk = slot->brk;
        } else {
            w = PyUnicode_Substring(text, p, e);
            if (w == NULL) goto fail;
            lw = c == '\n' ? (Py_INCREF(w), w) : lowered(w);
            if (lw == NULL) {
                Py_DECREF(w);
                goto fail;
            }
            seen = c == '\n' ? 1 : PySet_Contains(watch, lw);
            brk = c == '\n' ? 1 : (seen > 0 ? PySet_Contains(marks, lw) : 0);
            if (seen < 0 || brk < 0) {
                Py_DECREF(w);
                Py_DECREF(lw);
                goto fail;
            }
            if (slot != NULL && memo->used < WFILL) {
                Py_INCREF(w);
                Py_INCREF(lw);
                slot->word = w;
                slot->low = lw;
                slot->seen = (char)seen;
                slot->brk = (char)brk;
                memo->used++;
            }
        }
        if (vec_push(&wv, w) < 0) {
            Py_DECREF(lw);
            goto fail;
        }
        if (vec_push(&lv, lw) < 0) goto fail;
        PyObject *start = PyLong_FromSsize_t(p);
        if (start == NULL || vec_push(&sv, start) < 0) goto fail;
        if (seen && append_index(watched, i) < 0) goto fail;
        if (brk && append_index(breaks, i) < 0) goto fail;
        if (Py_UNICODE_ISUPPER(c) && append_index(caps, i) < 0) goto fail;
        i++;
        while (e < t.n && at(&t, e) != '\n' && Py_UNICODE_ISSPACE(at(&t, e))) e++;
        p = e;
    }
    words = vec_list(&wv);
    starts = vec_list(&sv);
    low = vec_list(&lv);
    if (!words || !starts || !low) goto fail;
    vec_free(&wv);
    vec_free(&sv);
    vec_free(&lv);
    return Py_BuildValue("(NNNNNN)", words, starts, low, watched, breaks, caps);
fail:
    vec_free(&wv);
    vec_free(&sv);
    vec_free(&lv);
    Py_XDECREF(words);
    Py_XDECREF(starts);
    Py_XDECREF(low);
    Py_XDECREF(watched);
    Py_XDECREF(breaks);
    Py_XDECREF(caps);
    return NULL;
}

/* ---- quote marks: marks.find_quoted_spans, natively (marks.py stays the definition) ---- */

static inline int is_mark(Py_UCS4 c) {
    if (c < 0xAB) return c == '"'; /* most characters: one test */
    return c == 0xAB || c == 0xBB || c == 0x201C || c == 0x201D || c == 0x201E || c == 0x2039 || c == 0x203A;
}

/* the first offset from i on (before hi) of a line feed, or of a quote mark too when marks */
static Py_ssize_t next_stop(const Text *t, Py_ssize_t i, Py_ssize_t hi, int marks) {
    KIND_LOOP(t, d, {
        for (; i < hi; i++) {
            Py_UCS4 c = d[i];
            if (c == '\n' || (marks && is_mark(c))) return i;
        }
    })
    return hi;
}

/* the first offset from i on (before hi) of a quote mark */
static Py_ssize_t next_mark(const Text *t, Py_ssize_t i, Py_ssize_t hi) {
    KIND_LOOP(t, d, {
        for (; i < hi; i++)
            if (is_mark(d[i])) return i;
    })
    return hi;
}

static inline int is_trim(Py_UCS4 c) {
    return c == ' ' || c == '\t' || c == 0xA0 || c == 0x202F || c == 0x2009 || c == 0x2007 || is_mark(c);
}

/* a straight " opens when nothing word-like stands right before it */
static int straight_opens(const Text *t, Py_ssize_t i) {
    Py_UCS4 p = i > 0 ? at(t, i - 1) : ' ';
    return Py_UNICODE_ISSPACE(p) || p == '(' || p == '[' || p == '{' || p == 0x2014 || p == 0x2013 || p == '-'
           || p == ':' || p == '/' || p == 0xAB || p == 0x201C || p == 0xA0 || p == 0x202F;
}

static inline int inner_space(Py_UCS4 c) {
    return c == ' ' || c == '\t' || c == 0xA0 || c == 0x202F || c == 0x2009 || c == 0x2007;
}

/* the mark at i follows a sentence's end (at most two spaces between) */
static int after_sentence_end(const Text *t, Py_ssize_t lo, Py_ssize_t i) {
    Py_ssize_t k = i - 1;
    while (k >= lo && k > i - 3 && inner_space(at(t, k))) k--;
    if (k < lo) return 0;
    Py_UCS4 c = at(t, k);
    return c == '.' || c == '!' || c == '?' || c == 0x2026;
}

/* the mark at i is glued to the word after it and not to the word before it */
static int opens_word(const Text *t, Py_ssize_t lo, Py_ssize_t hi, Py_ssize_t i) {
    if (i + 1 >= hi || !Py_UNICODE_ISALPHA(at(t, i + 1))) return 0;
    if (i == lo) return 1;
    Py_UCS4 p = at(t, i - 1);
    return Py_UNICODE_ISSPACE(p) || p == 0x2019 || p == '\'' || p == '(';
}

typedef struct {
    Py_UCS4 mark;
    Py_ssize_t at;
} Open;

typedef struct {
    Open *items;
    Py_ssize_t len, cap;
    Py_ssize_t *straight; /* indexes in items of the open straight marks: no search of the stack */
    Py_ssize_t nstraight;
    Py_ssize_t *kids; /* (open, close) pairs of the quotes closed inside the outermost one */
    Py_ssize_t nkids, kidcap;
    Py_ssize_t kids_of; /* the offset of the outermost open mark the kids belong to */
} Stack;

/* a quote closed inside the outermost one (marks.py's kids) */
static int add_kid(Stack *s, Py_ssize_t open_at, Py_ssize_t close_at) {
    if (s->kids_of != s->items[0].at) {
        s->nkids = 0;
        s->kids_of = s->items[0].at;
    }
    if (2 * s->nkids + 2 > s->kidcap) {
        Py_ssize_t cap = s->kidcap ? 2 * s->kidcap : 16;
        Py_ssize_t *kids = PyMem_Realloc(s->kids, cap * sizeof(Py_ssize_t));
        if (kids == NULL) {
            PyErr_NoMemory();
            return -1;
        }
        s->kids = kids;
        s->kidcap = cap;
    }
    s->kids[2 * s->nkids] = open_at;
    s->kids[2 * s->nkids + 1] = close_at;
    s->nkids++;
    return 0;
}

static int push(Stack *s, Py_UCS4 mark, Py_ssize_t i) {
    if (s->len == s->cap) {
        Py_ssize_t cap = s->cap ? 2 * s->cap : 16;
        Open *items = PyMem_Realloc(s->items, cap * sizeof(Open));
        if (items == NULL) {
            PyErr_NoMemory();
            return -1;
        }
        s->items = items;
        Py_ssize_t *straight = PyMem_Realloc(s->straight, cap * sizeof(Py_ssize_t));
        if (straight == NULL) {
            PyErr_NoMemory();
            return -1;
        }
        s->straight = straight;
        s->cap = cap;
    }
    if (mark == '"') s->straight[s->nstraight++] = s->len;
    s->items[s->len].mark = mark;
    s->items[s->len].at = i;
    s->len++;
    return 0;
}

/* (open, close or None, start, end) of the words between the marks, when there are any */
static int emit(const Text *t, PyObject *out, Py_ssize_t open_at, Py_ssize_t close_at, Py_ssize_t end) {
    Py_ssize_t s = open_at + 1, e = end;
    while (s < e && is_trim(at(t, s))) s++;
    while (e > s && is_trim(at(t, e - 1))) e--;
    if (e <= s) return 0;
    PyObject *span = close_at < 0 ? Py_BuildValue("(nOnn)", open_at, Py_None, s, e)
                                  : Py_BuildValue("(nnnn)", open_at, close_at, s, e);
    if (span == NULL) return -1;
    int rc = PyList_Append(out, span);
    Py_DECREF(span);
    return rc;
}

/* the quote opened at opener closed at i (the stack already popped): an outermost quote is
   reported, one just inside it remembered (marks.py's _Pairing.closed) */
static int closed(const Text *t, Stack *st, PyObject *out, Py_ssize_t opener, Py_ssize_t i) {
    if (st->len == 0) return emit(t, out, opener, i, i);
    if (st->len == 1) return add_kid(st, opener, i);
    return 0;
}

/* a mark at i ends every open quote (mixed or typeset pairs) */
static int close_all(const Text *t, Stack *st, PyObject *out, Py_ssize_t i) {
    Py_ssize_t opener = st->items[0].at;
    st->len = 0;
    return emit(t, out, opener, i, i);
}

/* a straight " closes the innermost open straight quote, or a “ (mixed “…" pair), or opens */
static int straight_mark(const Text *t, Stack *st, PyObject *out, Py_ssize_t i) {
    Py_ssize_t idx = st->nstraight ? st->straight[st->nstraight - 1] : -1; /* the innermost open " */
    if (idx >= 0 && (idx == st->len - 1 || !straight_opens(t, i))) {
        Py_ssize_t opener = st->items[idx].at;
        st->len = idx;
        return closed(t, st, out, opener, i);
    }
    if (idx < 0 && st->len && st->items[st->len - 1].mark == 0x201C && !straight_opens(t, i))
        return close_all(t, st, out, i);
    return push(st, '"', i);
}

/* an opener opens (“ glued to a word closes), a closer ends the innermost open quote */
static int typographic_mark(const Text *t, Py_ssize_t lo, Py_ssize_t hi, Stack *st, PyObject *out, Py_UCS4 ch,
                            Py_ssize_t i) {
    int opener_mark = ch == 0xAB || ch == 0x201C || ch == 0x201E || ch == 0x2039;
    if (opener_mark && !(ch == 0x201C && st->len && st->items[st->len - 1].mark == 0x201E)) {
        if (ch == 0x201C && st->len && !straight_opens(t, i)) return close_all(t, st, out, i);
        return push(st, ch, i);
    }
    if (ch == 0xBB && !st->len && opens_word(t, lo, hi, i)) return push(st, 0xAB, i); /* "l’»horrible attaque»" */
    while (st->len > 1 && st->items[st->len - 1].mark == '"') st->len--;
    if (!st->len) return 0; /* a stray closer is ignored */
    Py_ssize_t opener = st->items[--st->len].at;
    return closed(t, st, out, opener, i);
}

/* what may follow a closer printed once for two quotes at the paragraph's end */
static inline int paragraph_tail(Py_UCS4 c) {
    return inner_space(c) || c == '.' || c == '!' || c == '?' || c == 0x2026 || c == '"' || c == 0xBB
           || c == 0x201D || c == 0x2019 || c == '\'';
}

/* never closed, around closed quotes: its closer lost (the outer quote ends where the first
   inner one opens) or printed once for two at the paragraph's end (at the first inner closer);
   an inner quote opening a sentence always ends it (marks.py's _Pairing.lost_closer) */
static int lost_closer(const Text *t, Py_ssize_t lo, Py_ssize_t hi, Stack *st, PyObject *out) {
    Py_ssize_t outer = st->items[0].at, first_open = st->kids[0], close = st->kids[1], k0 = 0;
    int lost = after_sentence_end(t, lo, first_open);
    for (Py_ssize_t k = close + 1; k < hi && !lost; k++)
        if (!paragraph_tail(at(t, k))) lost = 1;
    if (lost) {
        if (emit(t, out, outer, -1, first_open) < 0) return -1;
    } else {
        if (emit(t, out, outer, close, close) < 0) return -1;
        k0 = 1;
    }
    for (Py_ssize_t k = k0; k < st->nkids; k++)
        if (emit(t, out, st->kids[2 * k], st->kids[2 * k + 1], st->kids[2 * k + 1]) < 0) return -1;
    if (st->len > 1 && emit(t, out, st->items[1].at, -1, hi) < 0) return -1;
    return 0;
}

/* the paragraph ends: a quote left open closes here, or earlier where its closer was lost */
static int finish(const Text *t, Py_ssize_t lo, Py_ssize_t hi, Stack *st, PyObject *out) {
    if (!st->len) return 0;
    Py_ssize_t outer = st->items[0].at;
    Py_UCS4 outer_mark = st->items[0].mark;
    int inside = 0; /* the outer mark opened inside its paragraph (words before it) */
    for (Py_ssize_t k = lo; k < outer && !inside; k++)
        if (!Py_UNICODE_ISSPACE(at(t, k))) inside = 1;
    if (st->nkids && st->kids_of == outer && (outer_mark == 0xAB || outer_mark == 0x201C) && inside)
        return lost_closer(t, lo, hi, st, out);
    return emit(t, out, outer, -1, hi);
}

static int scan_paragraph(const Text *t, Py_ssize_t lo, Py_ssize_t hi, Stack *st, PyObject *out) {
    st->len = 0;
    st->nstraight = 0;
    for (Py_ssize_t i = next_mark(t, lo, hi); i < hi; i = next_mark(t, i + 1, hi)) {
        Py_UCS4 ch = at(t, i);
        while (st->nstraight && st->straight[st->nstraight - 1] >= st->len) st->nstraight--; /* popped since */
        if ((ch == '"' ? straight_mark(t, st, out, i) : typographic_mark(t, lo, hi, st, out, ch, i)) < 0) return -1;
    }
    return finish(t, lo, hi, st, out);
}

static PyObject *spans(PyObject *self, PyObject *args) {
    (void)self;
    PyObject *text;
    if (!PyArg_ParseTuple(args, "U", &text)) return NULL;
    Text t = {PyUnicode_KIND(text), PyUnicode_DATA(text), PyUnicode_GET_LENGTH(text)};
    PyObject *out = PyList_New(0);
    if (out == NULL) return NULL;
    Stack st = {NULL, 0, 0, NULL, 0, NULL, 0, 0, -1};
    Py_ssize_t lo = 0;
    int marked = 0;
    for (Py_ssize_t i = 0; i <= t.n; i++) {
        i = next_stop(&t, i, t.n, !marked);
        if (i == t.n || at(&t, i) == '\n') { /* only the paragraphs that hold a mark are scanned */
            if (marked && scan_paragraph(&t, lo, i, &st, out) < 0) {
                PyMem_Free(st.items);
                PyMem_Free(st.straight);
                PyMem_Free(st.kids);
                Py_DECREF(out);
                return NULL;
            }
            lo = i + 1;
            marked = 0;
        } else
            marked = 1; /* a mark: look for the paragraph's end only */
    }
    PyMem_Free(st.items);
    PyMem_Free(st.straight);
    PyMem_Free(st.kids);
    return out;
}

/* ---- prepared text: prepare.py's plain spaces and the places its glue pattern stops at ---- */

/* a set of characters given as a str: a table for Latin-1, the few others listed */
typedef struct {
    unsigned char latin[256];
    Py_UCS4 wide[64];
    Py_ssize_t nwide;
    Py_UCS4 least; /* no character below it is in the set */
} CharSet;

static int charset_init(CharSet *cs, PyObject *chars) {
    memset(cs->latin, 0, sizeof cs->latin);
    cs->nwide = 0;
    cs->least = 0x110000;
    Py_ssize_t n = PyUnicode_GET_LENGTH(chars);
    int kind = PyUnicode_KIND(chars);
    const void *data = PyUnicode_DATA(chars);
    for (Py_ssize_t k = 0; k < n; k++) {
        Py_UCS4 c = PyUnicode_READ(kind, data, k);
        if (c < cs->least) cs->least = c;
        if (c < 256)
            cs->latin[c] = 1;
        else if (cs->nwide < 64)
            cs->wide[cs->nwide++] = c;
        else {
            PyErr_SetString(PyExc_ValueError, "at most 64 characters above U+00FF");
            return -1;
        }
    }
    return 0;
}

static inline int charset_has(const CharSet *cs, Py_UCS4 c) {
    if (c < cs->least) return 0;
    if (c < 256) return cs->latin[c];
    for (Py_ssize_t k = 0; k < cs->nwide; k++)
        if (cs->wide[k] == c) return 1;
    return 0;
}

/* plain(text, spaces): text with each character of spaces made a plain space (the same
   str when there is none), as prepare.py's str.replace loop gives it */
static PyObject *plain(PyObject *self, PyObject *args) {
    (void)self;
    PyObject *text, *spaces;
    if (!PyArg_ParseTuple(args, "UU", &text, &spaces)) return NULL;
    CharSet cs;
    if (charset_init(&cs, spaces) < 0) return NULL;
    Text t = {PyUnicode_KIND(text), PyUnicode_DATA(text), PyUnicode_GET_LENGTH(text)};
    Py_ssize_t first = -1;
    Py_UCS4 maxchar = 0;
    KIND_LOOP(&t, d, {
        for (Py_ssize_t i = 0; i < t.n; i++) { /* most texts have none: the first one, if any */
            Py_UCS4 c = d[i];
            if (charset_has(&cs, c)) {
                first = i;
                break;
            }
            if (c > maxchar) maxchar = c;
        }
    })
    if (first < 0) {
        Py_INCREF(text);
        return text;
    }
    for (Py_ssize_t i = first; i < t.n; i++) {
        Py_UCS4 c = at(&t, i);
        if (c > maxchar && !charset_has(&cs, c)) maxchar = c;
    }
    if (maxchar < ' ') maxchar = ' ';
    PyObject *out = PyUnicode_New(t.n, maxchar); /* the narrowest kind, as str.replace leaves it */
    if (out == NULL) return NULL;
    int okind = PyUnicode_KIND(out);
    void *odata = PyUnicode_DATA(out);
    if (okind == t.kind)
        memcpy(odata, t.data, (size_t)t.n * (size_t)okind);
    else
        for (Py_ssize_t i = 0; i < first; i++) PyUnicode_WRITE(okind, odata, i, at(&t, i));
    for (Py_ssize_t i = first; i < t.n; i++) {
        Py_UCS4 c = at(&t, i);
        if (charset_has(&cs, c))
            PyUnicode_WRITE(okind, odata, i, ' ');
        else if (okind != t.kind)
            PyUnicode_WRITE(okind, odata, i, c);
    }
    return out;
}

/* glue_points(text, heads, tails): the offsets i where text[i] is one of heads and
   text[i - 1] one of tails: where prepare.py's glue pattern [heads](?<=[tails].) matches */
static PyObject *glue_points(PyObject *self, PyObject *args) {
    (void)self;
    PyObject *text, *heads, *tails;
    if (!PyArg_ParseTuple(args, "UUU", &text, &heads, &tails)) return NULL;
    CharSet hs, ts;
    if (charset_init(&hs, heads) < 0 || charset_init(&ts, tails) < 0) return NULL;
    Text t = {PyUnicode_KIND(text), PyUnicode_DATA(text), PyUnicode_GET_LENGTH(text)};
    PyObject *out = PyList_New(0);
    if (out == NULL) return NULL;
    KIND_LOOP(&t, d, {
        for (Py_ssize_t i = 1; i < t.n; i++) {
            if (charset_has(&hs, d[i]) && charset_has(&ts, d[i - 1]) && append_index(out, i) < 0) {
                Py_DECREF(out);
                return NULL;
            }
        }
    })
    return out;
}

/* ---- records: model.Quote built without its Python __init__ ---- */

/* record(cls, members, *values): a new cls (a class with __slots__ and no __dict__) with
   each member descriptor of the tuple members set to its value, in order: what
   model.Quote.__init__ does with its slots' setters, in one call */
static PyObject *record(PyObject *self, PyObject *const *args, Py_ssize_t nargs) {
    (void)self;
    if (nargs < 2 || !PyType_Check(args[0]) || !PyTuple_Check(args[1])) {
        PyErr_SetString(PyExc_TypeError, "record(cls, members, *values)");
        return NULL;
    }
    PyTypeObject *cls = (PyTypeObject *)args[0];
    PyObject *members = args[1];
    Py_ssize_t m = PyTuple_GET_SIZE(members);
    if (nargs - 2 != m) {
        PyErr_Format(PyExc_TypeError, "record: %zd values for %zd members", nargs - 2, m);
        return NULL;
    }
    for (Py_ssize_t k = 0; k < m; k++) {
        PyObject *d = PyTuple_GET_ITEM(members, k);
        if (Py_TYPE(d) != &PyMemberDescr_Type || PyDescr_TYPE(d) != cls) {
            PyErr_SetString(PyExc_TypeError, "record: members must be cls's own member descriptors");
            return NULL;
        }
    }
    PyObject *obj = cls->tp_alloc(cls, 0);
    if (obj == NULL) return NULL;
    for (Py_ssize_t k = 0; k < m; k++) {
        PyMemberDescrObject *d = (PyMemberDescrObject *)PyTuple_GET_ITEM(members, k);
        if (PyMember_SetOne((char *)obj, d->d_member, args[k + 2]) < 0) {
            Py_DECREF(obj);
            return NULL;
        }
    }
    return obj;
}

/* words_in(words, a, b): how many of the strs words[a:b] start with a letter or a digit
   (str.isalnum of their first character): scan.words_in, natively */
static PyObject *words_in(PyObject *self, PyObject *args) {
    (void)self;
    PyObject *words;
    Py_ssize_t a, b;
    if (!PyArg_ParseTuple(args, "O!nn", &PyList_Type, &words, &a, &b)) return NULL;
    Py_ssize_t n = PyList_GET_SIZE(words);
    PySlice_AdjustIndices(n, &a, &b, 1); /* words[a:b] as Python slices it */
    Py_ssize_t count = 0;
    for (Py_ssize_t k = a; k < b; k++) {
        PyObject *w = PyList_GET_ITEM(words, k);
        if (!PyUnicode_Check(w)) {
            PyErr_SetString(PyExc_TypeError, "words_in: words must be strs");
            return NULL;
        }
        if (PyUnicode_GET_LENGTH(w) == 0) {
            PyErr_SetString(PyExc_IndexError, "string index out of range");
            return NULL;
        }
        if (Py_UNICODE_ISALNUM(PyUnicode_READ_CHAR(w, 0))) count++;
    }
    return PyLong_FromSsize_t(count);
}

/* seen_lower(low, words, word): some low[k] == word with words[k] starting lowercase
   (str.islower of its first character): scan.Tokens.seen_lower's search, natively */
static PyObject *seen_lower(PyObject *self, PyObject *args) {
    (void)self;
    PyObject *low, *words, *word;
    if (!PyArg_ParseTuple(args, "O!O!U", &PyList_Type, &low, &PyList_Type, &words, &word)) return NULL;
    Py_ssize_t len = PyUnicode_GET_LENGTH(word);
    int kind = PyUnicode_KIND(word);
    const void *data = PyUnicode_DATA(word);
    for (Py_ssize_t k = 0; k < PyList_GET_SIZE(low); k++) {
        PyObject *l = PyList_GET_ITEM(low, k);
        if (l != word) {
            if (!PyUnicode_Check(l) || PyUnicode_GET_LENGTH(l) != len || PyUnicode_KIND(l) != kind
                || memcmp(PyUnicode_DATA(l), data, (size_t)len * (size_t)kind) != 0)
                continue;
        }
        if (k >= PyList_GET_SIZE(words)) {
            PyErr_SetString(PyExc_IndexError, "list index out of range");
            return NULL;
        }
        PyObject *w = PyList_GET_ITEM(words, k);
        if (!PyUnicode_Check(w) || PyUnicode_GET_LENGTH(w) == 0) {
            PyErr_SetString(PyExc_TypeError, "seen_lower: words must be non-empty strs");
            return NULL;
        }
        if (Py_UNICODE_ISLOWER(PyUnicode_READ_CHAR(w, 0))) Py_RETURN_TRUE;
    }
    Py_RETURN_FALSE;
}

static PyMethodDef methods[] = {
    {"tile", tile, METH_VARARGS,
     "tile(text, lead, watch, marks, abbreviations, elisions, pronouns) -> "
     "(words, starts, low, watched, breaks, caps): scan.py's tokens, natively."},
    {"spans", spans, METH_VARARGS,
     "spans(text) -> [(open, close or None, start, end)]: marks.find_quoted_spans, natively."},
    {"plain", plain, METH_VARARGS, "plain(text, spaces) -> text with those spaces plain: prepare.py's, natively."},
    {"record", (PyCFunction)(void (*)(void))record, METH_FASTCALL,
     "record(cls, members, *values) -> a cls with each member descriptor set: model.Quote, natively."},
    {"words_in", words_in, METH_VARARGS, "words_in(words, a, b) -> how many of words[a:b] start alphanumeric."},
    {"seen_lower", seen_lower, METH_VARARGS, "seen_lower(low, words, word) -> scan.Tokens.seen_lower's search."},
    {"glue_points", glue_points, METH_VARARGS,
     "glue_points(text, heads, tails) -> [i]: where prepare.py's glue pattern matches, natively."},
    {NULL, NULL, 0, NULL}};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "_tiles", NULL, -1, methods, NULL, NULL, NULL, NULL};

PyMODINIT_FUNC PyInit__tiles(void) { return PyModule_Create(&module); }

import { FormLabel, Textbox } from '@utrecht/component-library-react';
import type { TFunction } from 'i18next';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { paths } from '../../../app/paths';
import { searchRegistry, type SearchHit } from '../api';
import { comboboxKeyAction, isSearchable, isSlashShortcutTarget } from '../combobox';
import { moduleLabel, subjectKindLabel } from '../labels';
import type { RegistrySearchState } from '../searchState';

const DEBOUNCE_MS = 200;
const POPUP_LIMIT = 8;

type SearchStatus = 'idle' | 'searching' | 'done' | 'error';

/** The second line of an option: kind, detail and risk sector, or the module of a case file. */
function hitDescription(t: TFunction, hit: SearchHit): string {
  if (hit.type === 'record') {
    return [t('registry.search.record', { module: moduleLabel(t, hit.module) }), hit.ref].filter(Boolean).join(' · ');
  }
  return [subjectKindLabel(t, hit.kind), hit.detail, hit.riskSector ? t('registry.riskSector') : ''].filter(Boolean).join(' · ');
}

/**
 * The registry search in the header: a WAI-ARIA 1.2 combobox with a listbox popup. Typing searches
 * (debounced, POST so the query never lands in a URL); ArrowDown/ArrowUp move through the hits,
 * Enter opens the active one or, without one, the results page; Escape closes, then clears.
 * The `/` key anywhere outside a form field puts focus here.
 */
export function HeaderSearch() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const baseId = useId();
  const inputId = `${baseId}-input`;
  const listboxId = `${baseId}-listbox`;
  const optionId = (index: number) => `${baseId}-option-${index}`;
  const inputRef = useRef<HTMLInputElement>(null);

  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<SearchHit[]>([]);
  const [status, setStatus] = useState<SearchStatus>('idle');
  const [open, setOpen] = useState(false);
  const [activeIndex, setActiveIndex] = useState(-1);
  const [announcement, setAnnouncement] = useState('');

  // Search while typing, debounced; a newer query aborts the older request.
  useEffect(() => {
    if (!isSearchable(query)) {
      setHits([]);
      setStatus('idle');
      setOpen(false);
      setActiveIndex(-1);
      return;
    }
    const controller = new AbortController();
    const timer = window.setTimeout(() => {
      setStatus('searching');
      searchRegistry(query, { limit: POPUP_LIMIT, signal: controller.signal }).then(
        (items) => {
          if (controller.signal.aborted) {
            return;
          }
          setHits(items);
          setActiveIndex(-1);
          setStatus('done');
          setOpen(document.activeElement === inputRef.current);
          setAnnouncement(items.length > 0 ? t('registry.search.results', { count: items.length }) : t('registry.search.noResults'));
        },
        () => {
          if (controller.signal.aborted) {
            return;
          }
          setHits([]);
          setActiveIndex(-1);
          setStatus('error');
          setOpen(document.activeElement === inputRef.current);
          setAnnouncement(t('registry.search.failed'));
        },
      );
    }, DEBOUNCE_MS);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [query, t]);

  // "/" anywhere outside a form field jumps to the search box.
  useEffect(() => {
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) {
        return;
      }
      const target = event.target instanceof Element ? event.target : null;
      if (!isSlashShortcutTarget(target)) {
        return;
      }
      event.preventDefault();
      inputRef.current?.focus();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  // Keep the active option in view when the list scrolls.
  useEffect(() => {
    if (open && activeIndex >= 0) {
      document.getElementById(optionId(activeIndex))?.scrollIntoView({ block: 'nearest' });
    }
    // optionId only depends on baseId, which never changes.
  }, [open, activeIndex]);

  const reset = () => {
    setQuery('');
    setHits([]);
    setOpen(false);
    setActiveIndex(-1);
    setAnnouncement('');
  };

  const showResultsPage = () => {
    const state: RegistrySearchState = { q: query.trim() };
    reset();
    void navigate(paths.registry, { state });
  };

  const choose = (index: number) => {
    const hit = hits[index];
    if (!hit) {
      return;
    }
    if (hit.type === 'subject') {
      reset();
      void navigate(paths.subject(hit.id));
    } else {
      // Case files of other modules have no page yet; the results page lists them.
      showResultsPage();
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const listShown = open && hits.length > 0;
    const action = comboboxKeyAction(
      event.key,
      { open: listShown, activeIndex, optionCount: hits.length, hasText: query.trim() !== '' },
      { altKey: event.altKey },
    );
    switch (action.type) {
      case 'ignore':
        return;
      case 'activate':
        setOpen(true);
        setActiveIndex(action.index);
        break;
      case 'choose':
        choose(action.index);
        break;
      case 'submit':
        if (isSearchable(query)) {
          showResultsPage();
        }
        break;
      case 'close':
        setOpen(false);
        setActiveIndex(-1);
        break;
      case 'clear':
        reset();
        break;
    }
    event.preventDefault();
  };

  const expanded = open && hits.length > 0;
  const message =
    open && status === 'done' && hits.length === 0 ? t('registry.search.noResults') : open && status === 'error' ? t('registry.search.failed') : null;

  return (
    <div className="dwb-search" role="search">
      <FormLabel htmlFor={inputId} className="dwb-search__label">
        {t('registry.search.label')}
      </FormLabel>
      <div className="dwb-search__field">
        <Textbox
          ref={inputRef}
          id={inputId}
          type="text"
          role="combobox"
          className="dwb-search__input"
          value={query}
          autoComplete="off"
          spellCheck={false}
          enterKeyHint="search"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listboxId}
          aria-activedescendant={expanded && activeIndex >= 0 ? optionId(activeIndex) : undefined}
          aria-keyshortcuts="/"
          aria-busy={status === 'searching' || undefined}
          onChange={(event) => {
            setQuery(event.target.value);
            setActiveIndex(-1);
          }}
          onKeyDown={onKeyDown}
          onFocus={() => {
            if (hits.length > 0 && isSearchable(query)) {
              setOpen(true);
            }
          }}
          onBlur={() => {
            setOpen(false);
            setActiveIndex(-1);
          }}
        />
        <ul id={listboxId} role="listbox" aria-label={t('registry.search.listLabel')} className="dwb-search__listbox" hidden={!expanded}>
          {hits.map((hit, index) => (
            <li
              key={`${hit.type}:${hit.id}`}
              id={optionId(index)}
              role="option"
              aria-selected={index === activeIndex}
              className={index === activeIndex ? 'dwb-search__option dwb-search__option--active' : 'dwb-search__option'}
              // Keep focus in the input, so the blur does not close the list before the click.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(index)}
            >
              <span className="dwb-search__option-label">{hit.label}</span>
              <span className="dwb-search__option-detail">{hitDescription(t, hit)}</span>
            </li>
          ))}
        </ul>
        {message && <p className="dwb-search__message">{message}</p>}
      </div>
      <div role="status" className="dwb-visually-hidden">
        {announcement}
      </div>
    </div>
  );
}

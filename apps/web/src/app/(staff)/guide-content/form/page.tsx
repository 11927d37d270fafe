import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { CASE_ROLE_TYPES, CASE_ROLES, FORM_ITEM_TYPES, type FormItemType } from '@cairn/content';
import { ConsentScope, roleAllows } from '@cairn/contracts';
import { firstValue, type SearchParams } from '../../../../cases/list-query';
import styles from '../../../../components/content-admin/content-admin.module.css';
import { ContentTabs } from '../../../../components/content-admin/content-tabs';
import {
  PublishFormForm,
  StructureButton,
  WordsForm,
} from '../../../../components/content-admin/form-editor-forms';
import {
  FormItemEditor,
  type Language,
} from '../../../../components/content-admin/form-item-editor';
import { ContentNotAllowed } from '../../../../components/content-admin/not-allowed';
import { CONTENT_HOME, editHref } from '../../../../content-admin/document-paths';
import {
  editFormStructure,
  publishForm,
  saveFormItem,
  saveFormTitles,
  saveScreenNames,
} from '../../../../content-admin/form-editor-actions';
import {
  formEditorHref,
  loadFormSources,
  pathInLocale,
  type FormSources,
} from '../../../../content-admin/form-editor-sources';
import type { StructureEdit } from '../../../../content-admin/form-editor-state';
import {
  isChoice,
  ROLE_LABELS,
  SCOPE_LABELS,
  SPARE_OPTION_ROWS,
  TYPE_LABELS,
} from '../../../../content-admin/form-item-input';
import {
  readFormModel,
  type FormModel,
  type ItemModel,
} from '../../../../content-admin/form-model';
import { languageName } from '../../../../content-admin/labels';
import { currentStaff } from '../../../../staff/current-staff';
import { requireApiToken } from '../../../../staff/staff-api';

export const metadata: Metadata = { title: 'Edit a form' };

const CHANGED: Record<string, string> = {
  created: 'Form created as a draft in every language. Word its first question, then publish.',
  item: 'Item saved as a draft in every language.',
  titles: 'Title saved as a draft.',
  screen: 'Screen heading saved as a draft.',
  'move-item': 'Item moved. Saved as a draft.',
  'remove-item': 'Item removed. Saved as a draft.',
  'move-screen': 'Screen moved. Saved as a draft.',
  'remove-screen': 'Screen removed. Saved as a draft.',
};

const TYPE_CHOICES = FORM_ITEM_TYPES.map((type) => ({ value: type, label: TYPE_LABELS[type] }));

/** Where a form's id appears to readers of the organisation's guide. */
function publicFormHref(slug: string, path: string): string {
  const [locale = 'en'] = path.split('/');
  const id = path.slice(path.lastIndexOf('/f_') + 3, -'.yml'.length);
  return `/o/${encodeURIComponent(slug)}/guide/${locale}/form/${id}`;
}

/** A GET form that opens the item editor for a new item of the chosen type. */
function AddItem({ path, screen, label }: { path: string; screen: number; label: string }) {
  const id = `add-item-${screen}`;
  return (
    <form method="get" action={`${CONTENT_HOME}/form`} className={styles.controls}>
      <input type="hidden" name="path" value={path} />
      <input type="hidden" name="screen" value={screen} />
      <input type="hidden" name="add" value="1" />
      <label htmlFor={id}>{label}</label>
      <select id={id} name="type" defaultValue="text_input">
        {TYPE_CHOICES.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
      <button type="submit" className="secondary">
        Add
      </button>
    </form>
  );
}

function itemSummary(item: ItemModel, model: FormModel): string {
  const label = item.text[model.reference]?.label;
  return label || item.name || TYPE_LABELS[item.type];
}

function ItemRow({
  path,
  version,
  model,
  languages,
  s,
  i,
}: {
  path: string;
  version: string;
  model: FormModel;
  languages: Language[];
  s: number;
  i: number;
}) {
  const screen = model.screens[s];
  const item = screen?.items[i];
  if (!screen || !item) return null;
  const summary = itemSummary(item, model);
  const place = `item ${i + 1} of screen ${s + 1}, ${summary}`;
  const structure = (change: StructureEdit) => editFormStructure.bind(null, path, version, change);
  const facts = [
    TYPE_LABELS[item.type],
    item.name && `named ${item.name}`,
    item.required && 'required',
    item.role && `gives ${ROLE_LABELS[item.role].split(' (')[0]?.toLowerCase()}`,
    item.scope && `consent: ${SCOPE_LABELS[item.scope].toLowerCase()}`,
    item.type === 'file' && !item.multiple && 'one file',
    isChoice(item.type) && `${item.options.length} options`,
  ].filter(Boolean);
  const last = s === model.screens.length - 1 && i === screen.items.length - 1;
  return (
    <li className={styles.item} id={`item-${s}-${i}`}>
      <p className={styles.itemFacts}>{facts.join(' · ')}</p>
      <div className={styles.languages}>
        {languages.map((language) => {
          const label = item.text[language.code]?.label;
          return (
            <p key={language.code} lang={language.code} dir="auto">
              <span className="visually-hidden">{language.name}: </span>
              {label || <span className={styles.missing}>No text in {language.name}</span>}
            </p>
          );
        })}
      </div>
      <div className={styles.controls}>
        <Link
          href={formEditorHref(path, { screen: String(s), item: String(i) })}
          aria-label={`Edit ${place}`}
        >
          Edit
        </Link>
        {(s > 0 || i > 0) && (
          <StructureButton
            action={structure({ kind: 'move-item', screen: s, item: i, by: -1 })}
            label="Move up"
            description={place}
          />
        )}
        {!last && (
          <StructureButton
            action={structure({ kind: 'move-item', screen: s, item: i, by: 1 })}
            label="Move down"
            description={place}
          />
        )}
        <StructureButton
          action={structure({ kind: 'remove-item', screen: s, item: i })}
          label="Remove"
          description={place}
        />
      </div>
    </li>
  );
}

function Overview({
  path,
  loaded,
  model,
  differences,
  languages,
  slug,
  changed,
}: {
  path: string;
  loaded: FormSources;
  model: FormModel;
  differences: string[];
  languages: Language[];
  slug: string;
  changed?: string;
}) {
  const { version } = loaded;
  const structure = (change: StructureEdit) => editFormStructure.bind(null, path, version, change);
  return (
    <>
      {changed && CHANGED[changed] && (
        <p className="form-done" role="status">
          {CHANGED[changed]} Readers see nothing of it until you publish.
        </p>
      )}
      <p>
        Build the form here, or edit its YAML text in:{' '}
        {languages.map((language, index) => (
          <span key={language.code}>
            {index > 0 && ', '}
            <Link href={editHref(pathInLocale(path, language.code))} lang={language.code}>
              {language.name}
            </Link>
          </span>
        ))}
        . Questions and settings are shared by every language; the words are each language&apos;s
        own.
      </p>
      {differences.length > 0 && (
        <section aria-labelledby="differences-heading" className="notice">
          <h2 id="differences-heading">What differs between languages</h2>
          <ul>
            {differences.map((difference) => (
              <li key={difference}>{difference}</li>
            ))}
          </ul>
          <p>Saving any change here makes every language follow the form as shown below.</p>
        </section>
      )}

      <section aria-labelledby="title-heading">
        <h2 id="title-heading">Title</h2>
        <WordsForm
          action={saveFormTitles.bind(null, path, version)}
          submitLabel="Save the title"
          fields={languages.map((language) => ({
            name: `title-${language.code}`,
            label: `Title in ${language.name}`,
            lang: language.code,
            defaultValue: model.titles[language.code] ?? '',
          }))}
        />
      </section>

      <ol className={styles.screens}>
        {model.screens.map((screen, s) => {
          const heading = screen.names[model.reference];
          const place = `screen ${s + 1}${heading ? `, ${heading}` : ''}`;
          return (
            <li key={s} className={styles.screen}>
              <section aria-labelledby={`screen-heading-${s}`}>
                <h2 id={`screen-heading-${s}`}>
                  Screen {s + 1}
                  {heading && `: ${heading}`}
                </h2>
                <div className={styles.controls}>
                  {s > 0 && (
                    <StructureButton
                      action={structure({ kind: 'move-screen', screen: s, by: -1 })}
                      label="Move screen up"
                      description={place}
                    />
                  )}
                  {s < model.screens.length - 1 && (
                    <StructureButton
                      action={structure({ kind: 'move-screen', screen: s, by: 1 })}
                      label="Move screen down"
                      description={place}
                    />
                  )}
                  {model.screens.length > 1 && (
                    <StructureButton
                      action={structure({ kind: 'remove-screen', screen: s })}
                      label="Remove screen"
                      description={place}
                    />
                  )}
                </div>
                <details>
                  <summary>Heading in each language</summary>
                  <WordsForm
                    action={saveScreenNames.bind(null, path, version, s)}
                    submitLabel="Save the heading"
                    fields={languages.map((language) => ({
                      name: `screen-${s}-${language.code}`,
                      label: `Heading in ${language.name}`,
                      lang: language.code,
                      defaultValue: screen.names[language.code] ?? '',
                    }))}
                  />
                </details>
                <ol className={styles.items}>
                  {screen.items.map((_, i) => (
                    <ItemRow
                      key={i}
                      path={path}
                      version={version}
                      model={model}
                      languages={languages}
                      s={s}
                      i={i}
                    />
                  ))}
                </ol>
                <AddItem path={path} screen={s} label={`Add to screen ${s + 1}`} />
              </section>
            </li>
          );
        })}
      </ol>
      <AddItem path={path} screen={model.screens.length} label="Add on a new screen" />

      <section aria-labelledby="publish-heading">
        <h2 id="publish-heading">Publish</h2>
        <p>
          {loaded.drafts.length > 0
            ? `Drafts waiting in ${loaded.drafts.map((code) => languageName(code)).join(' and ')}: readers see them once you publish.`
            : 'No drafts: readers see the form as it is.'}{' '}
          Readers find it at{' '}
          {languages.map((language, index) => (
            <span key={language.code}>
              {index > 0 && ', '}
              <a href={publicFormHref(slug, pathInLocale(path, language.code))}>{language.name}</a>
            </span>
          ))}
          .
        </p>
        <PublishFormForm action={publishForm.bind(null, path)} />
      </section>
    </>
  );
}

function initialValues(item: ItemModel | undefined, languages: Language[]): Record<string, string> {
  if (!item) return { multiple: 'yes' };
  const values: Record<string, string> = {
    name: item.name,
    required: item.required ? 'yes' : '',
    role: item.role,
    scope: item.scope,
    multiple: item.multiple ? 'yes' : '',
  };
  for (const { code } of languages) {
    const text = item.text[code];
    values[`label-${code}`] = text?.label ?? '';
    values[`hint-${code}`] = text?.hint ?? '';
    item.options.forEach((value, row) => {
      values[`option-value-${row}`] = value;
      values[`option-label-${code}-${row}`] = text?.options[value] ?? '';
    });
  }
  return values;
}

function ItemEditor({
  path,
  loaded,
  model,
  languages,
  params,
}: {
  path: string;
  loaded: FormSources;
  model: FormModel;
  languages: Language[];
  params: SearchParams;
}) {
  const screen = Number(firstValue(params, 'screen'));
  const adding = firstValue(params, 'add') !== '';
  const itemIndex = adding ? undefined : Number(firstValue(params, 'item'));
  if (!Number.isInteger(screen) || screen < 0 || screen > model.screens.length) notFound();
  const existing = itemIndex === undefined ? undefined : model.screens[screen]?.items[itemIndex];
  if (!adding && !existing) notFound();
  const asked = FORM_ITEM_TYPES.find((type) => type === firstValue(params, 'type'));
  const type: FormItemType = asked ?? existing?.type ?? 'text_input';
  const newScreen = adding && screen === model.screens.length;
  const heading = existing
    ? `Item ${(itemIndex ?? 0) + 1} of screen ${screen + 1}`
    : newScreen
      ? 'New item, on a new screen'
      : `New item, on screen ${screen + 1}`;
  const optionRows = isChoice(type)
    ? Math.max(4, (existing?.options.length ?? 0) + SPARE_OPTION_ROWS)
    : 0;
  const where = {
    path,
    screen: String(screen),
    ...(adding ? { add: '1' } : { item: String(itemIndex) }),
  };

  return (
    <>
      <p>
        <Link href={formEditorHref(path)}>Back to the form</Link>
      </p>
      <h2>{heading}</h2>
      <form method="get" action={`${CONTENT_HOME}/form`} className={styles.controls}>
        {Object.entries(where).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <label htmlFor="item-type">Type of item</label>
        <select id="item-type" name="type" defaultValue={type}>
          {TYPE_CHOICES.map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.label}
            </option>
          ))}
        </select>
        <button type="submit" className="secondary">
          Change type
        </button>
      </form>
      <FormItemEditor
        action={saveFormItem.bind(null, path, loaded.version, {
          screen,
          ...(itemIndex !== undefined && { item: itemIndex }),
        })}
        type={type}
        typeLabel={TYPE_LABELS[type]}
        languages={languages}
        initial={initialValues(existing, languages)}
        optionRows={optionRows}
        roles={CASE_ROLES.filter((role) => CASE_ROLE_TYPES[role].includes(type)).map((role) => ({
          value: role,
          label: ROLE_LABELS[role],
        }))}
        scopes={ConsentScope.options.map((scope) => ({
          value: scope,
          label: SCOPE_LABELS[scope],
        }))}
        newScreen={newScreen}
        submitLabel={existing ? 'Save the item' : 'Add the item'}
      />
    </>
  );
}

/**
 * The visual editor of an intake form: its screens and items, with each language's words
 * side by side, saved as drafts of every language's file and published together.
 */
export default async function FormEditorPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  // Layouts and pages render in parallel: each staff page checks the session itself.
  const me = await currentStaff();
  if (!roleAllows(me.role, 'content.edit')) return <ContentNotAllowed change />;
  const params = await searchParams;
  const path = firstValue(params, 'path');
  const loaded = await loadFormSources(
    path,
    await requireApiToken(),
    me.organization.defaultLocale,
  );
  if (!loaded) notFound();
  const read = readFormModel(loaded.sources);
  const languages = loaded.sources.map(({ locale }) => ({
    code: locale,
    name: languageName(locale),
  }));

  if (!read.ok) {
    return (
      <>
        <h1>Edit a form</h1>
        <ContentTabs canEdit />
        <p className="notice">
          The visual editor needs every language&apos;s text of this form to be readable. Fix these
          in the YAML view first:
        </p>
        <ul>
          {read.unreadable.map(({ locale, path: localePath, problems }) => (
            <li key={locale}>
              <Link href={editHref(localePath)}>{localePath}</Link>:{' '}
              {problems.map((problem) => `line ${problem.line}: ${problem.message}`).join('; ')}
            </li>
          ))}
        </ul>
      </>
    );
  }

  const { model, differences } = read;
  const title = model.titles[model.reference] ?? 'Form';
  const editing = firstValue(params, 'item') !== '' || firstValue(params, 'add') !== '';
  return (
    <>
      <h1>{title}: visual editor</h1>
      <ContentTabs canEdit />
      {editing ? (
        <ItemEditor
          path={path}
          loaded={loaded}
          model={model}
          languages={languages}
          params={params}
        />
      ) : (
        <Overview
          path={path}
          loaded={loaded}
          model={model}
          differences={differences}
          languages={languages}
          slug={me.organization.slug}
          changed={firstValue(params, 'changed') || undefined}
        />
      )}
    </>
  );
}

import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { CASE_ROLE_TYPES, CASE_ROLES, FORM_ITEM_TYPES, type FormItemType } from '@cairn/content';
import { ConsentScope, roleAllows, type FieldLocale } from '@cairn/contracts';
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
  FORM_EDITOR_MESSAGES,
  type FormEditorMessages,
} from '../../../../content-admin/form-editor-messages';
import { isChoice, SPARE_OPTION_ROWS } from '../../../../content-admin/form-item-input';
import {
  readFormModel,
  type FormModel,
  type ItemModel,
} from '../../../../content-admin/form-model';
import { languageName } from '../../../../content-admin/labels';
import { titleInLabel } from '../../../../content-admin/new-file-messages';
import { guideProblemSentence } from '../../../../forms/refusal';
import { staffLocale } from '../../../../forms/staff-locale';
import { currentStaff } from '../../../../staff/current-staff';
import { requireApiToken } from '../../../../staff/staff-api';

export async function generateMetadata(): Promise<Metadata> {
  return { title: FORM_EDITOR_MESSAGES[await staffLocale()].title };
}

/** The reader's language and what the editor says in it, which every part of the page needs. */
interface Speech {
  locale: FieldLocale;
  words: FormEditorMessages;
}

/** Where a form's id appears to readers of the organisation's guide. */
function publicFormHref(slug: string, path: string): string {
  const [locale = 'en'] = path.split('/');
  const id = path.slice(path.lastIndexOf('/f_') + 3, -'.yml'.length);
  return `/o/${encodeURIComponent(slug)}/guide/${locale}/form/${id}`;
}

/** A GET form that opens the item editor for a new item of the chosen type. */
function AddItem({
  path,
  screen,
  label,
  words,
}: {
  path: string;
  screen: number;
  label: string;
  words: FormEditorMessages;
}) {
  const id = `add-item-${screen}`;
  return (
    <form method="get" action={`${CONTENT_HOME}/form`} className={styles.controls}>
      <input type="hidden" name="path" value={path} />
      <input type="hidden" name="screen" value={screen} />
      <input type="hidden" name="add" value="1" />
      <label htmlFor={id}>{label}</label>
      <select id={id} name="type" defaultValue="text_input">
        {FORM_ITEM_TYPES.map((type) => (
          <option key={type} value={type}>
            {words.types[type]}
          </option>
        ))}
      </select>
      <button type="submit" className="secondary">
        {words.add}
      </button>
    </form>
  );
}

function itemSummary(item: ItemModel, model: FormModel, words: FormEditorMessages): string {
  const label = item.text[model.reference]?.label;
  return label || item.name || words.types[item.type];
}

function ItemRow({
  path,
  version,
  model,
  languages,
  s,
  i,
  speech,
}: {
  path: string;
  version: string;
  model: FormModel;
  languages: Language[];
  s: number;
  i: number;
  speech: Speech;
}) {
  const { locale, words } = speech;
  const screen = model.screens[s];
  const item = screen?.items[i];
  if (!screen || !item) return null;
  const summary = itemSummary(item, model, words);
  const place = words.itemPlace(i + 1, s + 1, summary);
  const structure = (change: StructureEdit) => editFormStructure.bind(null, path, version, change);
  const facts = [
    words.types[item.type],
    item.name && words.named(item.name),
    item.required && words.requiredFact,
    item.role && words.gives(words.roleGiven[item.role]),
    item.scope && words.consentTo(words.scopes[item.scope].toLowerCase()),
    item.type === 'file' && !item.multiple && words.oneFile,
    isChoice(item.type) && words.optionCount(item.options.length),
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
              <span className="visually-hidden" lang={locale}>
                {language.name}
                {locale === 'fr' ? ' : ' : ': '}
              </span>
              {label || (
                <span className={styles.missing} lang={locale}>
                  {words.noTextIn(language.name)}
                </span>
              )}
            </p>
          );
        })}
      </div>
      <div className={styles.controls}>
        <Link
          href={formEditorHref(path, { screen: String(s), item: String(i) })}
          aria-label={words.editPlace(place)}
        >
          {words.edit}
        </Link>
        {(s > 0 || i > 0) && (
          <StructureButton
            action={structure({ kind: 'move-item', screen: s, item: i, by: -1 })}
            label={words.moveUp}
            description={place}
            locale={locale}
          />
        )}
        {!last && (
          <StructureButton
            action={structure({ kind: 'move-item', screen: s, item: i, by: 1 })}
            label={words.moveDown}
            description={place}
            locale={locale}
          />
        )}
        <StructureButton
          action={structure({ kind: 'remove-item', screen: s, item: i })}
          label={words.remove}
          description={place}
          locale={locale}
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
  speech,
}: {
  path: string;
  loaded: FormSources;
  model: FormModel;
  differences: string[];
  languages: Language[];
  slug: string;
  changed?: string;
  speech: Speech;
}) {
  const { locale, words } = speech;
  const { version } = loaded;
  const structure = (change: StructureEdit) => editFormStructure.bind(null, path, version, change);
  const said = changed && Object.hasOwn(words.changed, changed) ? changed : undefined;
  return (
    <>
      {said && (
        <p className="form-done" role="status">
          {words.changed[said as keyof FormEditorMessages['changed']]} {words.readersSeeNothing}
        </p>
      )}
      <p>
        {words.buildHere}{' '}
        {languages.map((language, index) => (
          <span key={language.code}>
            {index > 0 && ', '}
            <Link href={editHref(pathInLocale(path, language.code))} hrefLang={language.code}>
              {language.name}
            </Link>
          </span>
        ))}
        . {words.sharedByEveryLanguage}
      </p>
      {differences.length > 0 && (
        <section aria-labelledby="differences-heading" className="notice">
          <h2 id="differences-heading">{words.differencesHeading}</h2>
          <ul>
            {differences.map((difference) => (
              <li key={difference}>{difference}</li>
            ))}
          </ul>
          <p>{words.differencesFollow}</p>
        </section>
      )}

      <section aria-labelledby="title-heading">
        <h2 id="title-heading">{words.titleHeading}</h2>
        <WordsForm
          action={saveFormTitles.bind(null, path, version)}
          submitLabel={words.saveTitle}
          locale={locale}
          fields={languages.map((language) => ({
            name: `title-${language.code}`,
            label: titleInLabel(language.name, locale),
            lang: language.code,
            defaultValue: model.titles[language.code] ?? '',
          }))}
        />
      </section>

      <ol className={styles.screens}>
        {model.screens.map((screen, s) => {
          const heading = screen.names[model.reference];
          const place = heading ? words.screenNamed(s + 1, heading) : words.screen(s + 1);
          return (
            <li key={s} className={styles.screen}>
              <section aria-labelledby={`screen-heading-${s}`}>
                <h2 id={`screen-heading-${s}`}>
                  {heading ? (
                    <>
                      {words.screen(s + 1)}
                      {locale === 'fr' ? ' : ' : ': '}
                      <span lang={model.reference}>{heading}</span>
                    </>
                  ) : (
                    words.screen(s + 1)
                  )}
                </h2>
                <div className={styles.controls}>
                  {s > 0 && (
                    <StructureButton
                      action={structure({ kind: 'move-screen', screen: s, by: -1 })}
                      label={words.moveScreenUp}
                      description={place}
                      locale={locale}
                    />
                  )}
                  {s < model.screens.length - 1 && (
                    <StructureButton
                      action={structure({ kind: 'move-screen', screen: s, by: 1 })}
                      label={words.moveScreenDown}
                      description={place}
                      locale={locale}
                    />
                  )}
                  {model.screens.length > 1 && (
                    <StructureButton
                      action={structure({ kind: 'remove-screen', screen: s })}
                      label={words.removeScreen}
                      description={place}
                      locale={locale}
                    />
                  )}
                </div>
                <details>
                  <summary>{words.headingsSummary}</summary>
                  <WordsForm
                    action={saveScreenNames.bind(null, path, version, s)}
                    submitLabel={words.saveHeading}
                    locale={locale}
                    fields={languages.map((language) => ({
                      name: `screen-${s}-${language.code}`,
                      label: words.headingIn(language.name),
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
                      speech={speech}
                    />
                  ))}
                </ol>
                <AddItem path={path} screen={s} label={words.addTo(s + 1)} words={words} />
              </section>
            </li>
          );
        })}
      </ol>
      <AddItem
        path={path}
        screen={model.screens.length}
        label={words.addOnNewScreen}
        words={words}
      />

      <section aria-labelledby="publish-heading">
        <h2 id="publish-heading">{words.publishHeading}</h2>
        <p>
          {loaded.drafts.length > 0
            ? words.draftsWaiting(
                loaded.drafts.map((code) => languageName(code, locale)).join(words.and),
              )
            : words.noDrafts}{' '}
          {words.readersFindIt}{' '}
          {languages.map((language, index) => (
            <span key={language.code}>
              {index > 0 && ', '}
              <a
                href={publicFormHref(slug, pathInLocale(path, language.code))}
                hrefLang={language.code}
              >
                {language.name}
              </a>
            </span>
          ))}
          .
        </p>
        <PublishFormForm
          action={publishForm.bind(null, path)}
          locale={locale}
          words={{ noteLabel: words.noteLabel, noteHint: words.noteHint, publish: words.publish }}
        />
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
  speech,
}: {
  path: string;
  loaded: FormSources;
  model: FormModel;
  languages: Language[];
  params: SearchParams;
  speech: Speech;
}) {
  const { locale, words } = speech;
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
    ? words.itemHeading((itemIndex ?? 0) + 1, screen + 1)
    : newScreen
      ? words.newItemOnNewScreen
      : words.newItemOnScreen(screen + 1);
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
        <Link href={formEditorHref(path)}>{words.backToForm}</Link>
      </p>
      <h2>{heading}</h2>
      <form method="get" action={`${CONTENT_HOME}/form`} className={styles.controls}>
        {Object.entries(where).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <label htmlFor="item-type">{words.itemType}</label>
        <select id="item-type" name="type" defaultValue={type}>
          {FORM_ITEM_TYPES.map((choice) => (
            <option key={choice} value={choice}>
              {words.types[choice]}
            </option>
          ))}
        </select>
        <button type="submit" className="secondary">
          {words.changeType}
        </button>
      </form>
      <FormItemEditor
        action={saveFormItem.bind(null, path, loaded.version, {
          screen,
          ...(itemIndex !== undefined && { item: itemIndex }),
        })}
        type={type}
        locale={locale}
        words={words.item}
        languages={languages}
        initial={initialValues(existing, languages)}
        optionRows={optionRows}
        optionLegends={Array.from({ length: optionRows }, (_, row) => words.option(row + 1))}
        roles={CASE_ROLES.filter((role) => CASE_ROLE_TYPES[role].includes(type)).map((role) => ({
          value: role,
          label: words.roles[role],
        }))}
        scopes={ConsentScope.options.map((scope) => ({
          value: scope,
          label: words.scopes[scope],
        }))}
        newScreen={newScreen}
        submitLabel={existing ? words.saveItem : words.addItem}
      />
    </>
  );
}

/** Each language of the form, named in the reader's, with the labels of its fields. */
function formLanguages(codes: readonly string[], { locale, words }: Speech): Language[] {
  return codes.map((code) => {
    const name = languageName(code, locale);
    return {
      code,
      name,
      question: words.questionIn(name),
      text: words.textIn(name),
      hint: words.hintIn(name),
      screenHeading: words.headingIn(name),
      optionLabel: words.optionLabelIn(name),
    };
  });
}

/**
 * The visual editor of an intake form: its screens and items, with each language's words
 * side by side, saved as drafts of every language's file and published together. The page
 * speaks the reader's language; the form's own words are marked with their own.
 */
export default async function FormEditorPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  // Layouts and pages render in parallel: each staff page checks the session itself.
  const [me, locale] = await Promise.all([currentStaff(), staffLocale()]);
  const words = FORM_EDITOR_MESSAGES[locale];
  const speech: Speech = { locale, words };
  if (!roleAllows(me.role, 'content.edit')) return <ContentNotAllowed change locale={locale} />;
  const params = await searchParams;
  const path = firstValue(params, 'path');
  const loaded = await loadFormSources(
    path,
    await requireApiToken(),
    me.organization.defaultLocale,
  );
  if (!loaded) notFound();
  const read = readFormModel(loaded.sources, locale);

  if (!read.ok) {
    return (
      <div lang={locale}>
        <h1>{words.title}</h1>
        <ContentTabs canEdit locale={locale} />
        <p className="notice">{words.unreadable}</p>
        <ul>
          {read.unreadable.map(({ locale: fileLocale, path: localePath, problems }) => (
            <li key={fileLocale}>
              <Link href={editHref(localePath)}>{localePath}</Link>:{' '}
              {problems.map((problem) => guideProblemSentence(problem, locale)).join('; ')}
            </li>
          ))}
        </ul>
      </div>
    );
  }

  const { model, differences } = read;
  const editing = firstValue(params, 'item') !== '' || firstValue(params, 'add') !== '';
  const languages = formLanguages(model.locales, speech);
  const title = model.titles[model.reference];
  return (
    <div lang={locale}>
      <h1>
        {title ? (
          <>
            <span lang={model.reference}>{title}</span>
            {words.visualEditor}
          </>
        ) : (
          `${words.untitled}${words.visualEditor}`
        )}
      </h1>
      <ContentTabs canEdit locale={locale} />
      {editing ? (
        <ItemEditor
          path={path}
          loaded={loaded}
          model={model}
          languages={languages}
          params={params}
          speech={speech}
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
          speech={speech}
        />
      )}
    </div>
  );
}

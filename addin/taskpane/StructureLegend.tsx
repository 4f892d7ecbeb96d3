import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import type { Lang } from '../../core/i18n';
import { COLUMN_FILL, COLUMN_ROLES, ROW_FILL, ROW_ROLES } from '../host/structure';
import { translate } from './strings';

const useStyles = makeStyles({
  legend: { display: 'flex', flexDirection: 'column', gap: '4px' },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexWrap: 'wrap',
    gap: '4px',
    alignItems: 'center',
  },
  chip: {
    color: '#242424',
    padding: '1px 6px',
    borderRadius: tokens.borderRadiusSmall,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    fontSize: tokens.fontSizeBase200,
  },
  band: { borderBottomWidth: '4px' },
});

/** The structure map's legend: each role's word on its own colour, rows then columns. */
export function StructureLegend({ lang }: { lang: Lang }) {
  const s = useStyles();
  return (
    <div className={s.legend} data-testid="structure-legend">
      <Caption1 as="h3">{translate(lang, 'structureLegend')}</Caption1>
      <ul className={s.list} aria-label={translate(lang, 'structureRows')}>
        <li>
          <Caption1>{translate(lang, 'structureRows')}:</Caption1>
        </li>
        {ROW_ROLES.map((role) => (
          <li
            key={role}
            className={s.chip}
            style={{ backgroundColor: ROW_FILL[role] }}
            data-row-role={role}
          >
            {translate(lang, `row_${role}`)}
          </li>
        ))}
      </ul>
      <ul className={s.list} aria-label={translate(lang, 'structureColumns')}>
        <li>
          <Caption1>{translate(lang, 'structureColumns')}:</Caption1>
        </li>
        {COLUMN_ROLES.map((role) => (
          <li
            key={role}
            className={s.chip}
            style={{ backgroundColor: COLUMN_FILL[role] }}
            data-column-role={role}
          >
            {translate(lang, `column_${role}`)}
          </li>
        ))}
      </ul>
    </div>
  );
}

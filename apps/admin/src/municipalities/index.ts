import LocationCityIcon from '@mui/icons-material/LocationCity';
import { lazyNamed } from '../lib/lazyNamed';

const MunicipalityList = lazyNamed(() => import('./MunicipalityList'), 'MunicipalityList');
const MunicipalityShow = lazyNamed(() => import('./MunicipalityShow'), 'MunicipalityShow');

export const municipalities = {
  list: MunicipalityList,
  show: MunicipalityShow,
  edit: undefined,
  create: undefined,
  icon: LocationCityIcon,
  recordRepresentation: 'name',
};

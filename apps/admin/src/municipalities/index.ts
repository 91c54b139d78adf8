import LocationCityIcon from '@mui/icons-material/LocationCity';
import { MunicipalityList } from './MunicipalityList';
import { MunicipalityShow } from './MunicipalityShow';

export const municipalities = {
  list: MunicipalityList,
  show: MunicipalityShow,
  edit: undefined,
  create: undefined,
  icon: LocationCityIcon,
  recordRepresentation: 'name',
};

import { i18n } from '#imports';
import { mountPage } from '@/components/mount';
import { OptionsApp } from './OptionsApp';
import './options.css';

mountPage(i18n.t('options.title'), <OptionsApp />);
